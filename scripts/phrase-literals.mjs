// Works out, at build time, the literals a phrase pattern cannot match without: for
// /learning (difficult|disabilit)|dyslexi/i every match contains "learning " or "dyslexi". The engine's
// prefilter (server/src/engine/coverage/prefilter.ts) skips a pattern on a text holding none of them.
import { parseRegExpLiteral } from '@eslint-community/regexpp';

/** Shorter literals occur in too many texts to rule anything out. */
const MIN_LITERAL = 3;

/**
 * The lower-case ASCII literals of a case-insensitive pattern, one of which every match contains, or null
 * when it has none worth looking for.
 * @param {string} source
 * @param {string} flags
 * @returns {string[] | null}
 */
export function necessaryLiterals(source, flags) {
  if (!flags.includes('i')) return null;
  const found = ofAlternatives(parseRegExpLiteral(new RegExp(source, flags)).pattern.alternatives);
  return found ? [...new Set(found)] : null;
}

/** One of the literals of every alternative (null when any alternative has none). */
function ofAlternatives(alternatives) {
  const all = [];
  for (const alternative of alternatives) {
    const found = ofSequence(alternative.elements);
    if (!found) return null;
    all.push(...found);
  }
  return all;
}

/**
 * A sequence matches every element in turn, so the literals of any one of its parts will do: a run of
 * plain characters, or a group (possibly quantified) that must match at least once. The part whose shortest
 * literal is longest rules out most.
 */
function ofSequence(elements) {
  const candidates = [];
  let run = '';
  const endRun = () => {
    if (run.length >= MIN_LITERAL) candidates.push([run]);
    run = '';
  };
  for (const element of elements) {
    // Only ASCII is kept: the engine folds text to match case-insensitively against ASCII only.
    if (element.type === 'Character' && element.value < 0x80) {
      run += String.fromCharCode(element.value).toLowerCase();
      continue;
    }
    // Zero-width assertions (\b, look-arounds) consume nothing: the characters either side stay adjacent.
    if (element.type === 'Assertion') continue;
    endRun();
    const group = element.type === 'Quantifier' && element.min >= 1 ? element.element : element;
    const inner = group.type === 'Group' || group.type === 'CapturingGroup' ? ofAlternatives(group.alternatives) : null;
    if (inner && inner.length > 0) candidates.push(inner);
  }
  endRun();
  let best = null;
  let bestShortest = 0;
  for (const candidate of candidates) {
    const shortest = Math.min(...candidate.map((literal) => literal.length));
    if (shortest > bestShortest || (shortest === bestShortest && candidate.length < best.length)) {
      best = candidate;
      bestShortest = shortest;
    }
  }
  return bestShortest >= MIN_LITERAL ? best : null;
}
