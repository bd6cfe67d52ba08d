import type { Rule } from '../engine/rule.js';
import type { Fix, Jurisdiction, Severity } from '../engine/types.js';
import { standards } from '../engine/standards.js';
import { blockTexts, isExact, spanOf } from '../engine/language/text.js';
import { TermMatcher, type TermSpec } from '../engine/language/terms.js';
import { withArticle } from '../engine/language/article.js';
import { containsAcronym } from '../engine/language/acronyms.js';

interface OutdatedTerm extends TermSpec {
  term: string;
  replacement: string;
  fix?: string;
  fixSafe?: boolean;
  changed: string;
  source: string;
  note?: string;
  severity?: Severity;
  jurisdictions?: Jurisdiction[];
}

const terms = (standards.data.get('outdated-terms') ?? []).flatMap((file) => (file as unknown as { terms: OutdatedTerm[] }).terms);
// One matcher per jurisdiction, so a term for the other one never hides a match.
const matchers = new Map(
  (['england', 'wales'] as const).map((j) => [j, new TermMatcher(terms.filter((t) => !t.jurisdictions || t.jurisdictions.includes(j)))]),
);

/** Keeps the capital of a capitalised word it replaces ("Local education authority" -> "Local authority"), not of an acronym ("the LEA" -> "the local authority"). */
function caseLike(written: string, replacement: string): string {
  return /^\p{Lu}\p{Ll}/u.test(written) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * The data gives when a term changed as a date ("1 September 2014"), a month or year ("September 2014",
 * "2010"), a phrase that brings its own preposition ("in stages from ..."), or what replaced it ("the SEND
 * Code of Practice 2015"): each reads as plain English after "it was replaced".
 */
export function whenReplaced(changed: string): string {
  if (/^(?:in|on|by|from|between|with|when)\b/.test(changed)) return changed;
  if (/^\d{1,2} [A-Z]/.test(changed)) return `on ${changed}`;
  if (/^(?:[A-Z][a-z]+ )?\d{4}\b/.test(changed)) return `in ${changed}`;
  return `by ${changed}`;
}

export const outdatedTerm: Rule = {
  meta: {
    id: 'outdated-term',
    defaultSeverity: 'warning',
    description: 'A term that the law or official guidance has replaced (statement of SEN, School Action Plus, LEA, NASENCO as a requirement ...).',
    citation: 'Children and Families Act 2014; SEND Code of Practice 2015',
    docs: {
      checks:
        'Terms from before the 2014 reforms (statements, School Action and School Action Plus, the 2001 Code of Practice, LEA, P levels, BESD, Parent Partnership ...), older law (Disability Discrimination Act 1995), and NASENCO given as the qualification new SENCOs need (replaced by the NPQ for SENCOs from September 2024). Context matters: "mission statement" and "a statement from the governors" are not reported, nor is a SENCO who already holds the National Award. In Welsh documents, SENCO, statements and IEPs are reported as terms from before the ALN system.',
      why: 'Out-of-date terms tell parents that the document, and perhaps the practice it describes, has not kept up with the law. Parents then look for support that no longer exists under that name.',
      example: 'Children on School Action Plus have an IEP, and some have a statement of special educational needs.',
      fix: 'Use the current term given in the message. Where the new term fits the sentence as it stands, a quick fix makes the change (and `--fix` applies it).',
    },
  },
  check({ doc, facts, report }) {
    for (const block of blockTexts(doc)) {
      const previous = new Map<string, { end: number; text: string }>();
      const matches = matchers.get(facts.jurisdiction)!.find(block.text);
      for (const match of matches) {
        const { term } = match;
        // "the National Award for SEN Co-ordination (NASENCO)": one finding for a term and its short form in brackets.
        const last = previous.get(term.id);
        previous.set(term.id, { end: match.end, text: match.text });
        if (last && last.text.toLowerCase() !== match.text.toLowerCase() && /^\s*\(\s*$/.test(block.text.slice(last.end, match.start))) continue;
        const span = spanOf(block, match.start, match.end);
        if (!span) continue;
        const fixes: Fix[] = [];
        if (term.fix) {
          const before = block.text.slice(0, match.start);
          const replacement = withArticle(before, caseLike(match.text, term.fix));
          const from = match.start - replacement.consumed;
          if (isExact(block, from, match.end)) {
            fixes.push({
              title: `Replace with "${caseLike(match.text, term.fix)}"`,
              edits: [{ range: doc.lines.rangeOf({ start: span.start - replacement.consumed, end: span.end }), newText: replacement.text }],
              safe: term.fixSafe === true && !containsAcronym(term.fix),
            });
          }
        }
        report({
          message: `"${match.text}" is an out-of-date term: it was replaced ${whenReplaced(term.changed)}. Use ${term.replacement} instead. Source: ${term.source.replace(/\.$/, '')}.${term.note ? ` ${term.note}` : ''}`,
          span,
          subject: term.term,
          severity: term.severity,
          fixes: fixes.length ? fixes : undefined,
        });
      }
    }
  },
};
