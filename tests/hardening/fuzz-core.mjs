// Document generators and invariants for fuzzing the engine, shared by the bounded test
// (tests/hardening/fuzz.test.ts, engine from source) and `npm run fuzz` (scripts/fuzz.mjs,
// the esbuild-bundled engine). The engine is passed in so both can use the same checks.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;

/** The samples and the labelled dev corpus, as seeds for mutation. */
export function seedDocuments() {
  const dirs = ['samples', 'tests/corpus/dev'];
  return dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
  );
}

// Words and phrases the rules react to: acronyms, outdated terms, dates, numbers, contacts, placeholders.
const WORDS = [
  'SENCO', 'SENCo', 'SEND', 'SEN', 'EHCP', 'EHC plan', 'ALN', 'ALNCo', 'IDP', 'SLT', 'CAMHS', 'SaLT', 'LA', 'LEA', 'TA', 'KS2',
  'School Action Plus', 'statement of special educational needs', 'the disabled', 'suffers from', 'wheelchair-bound',
  'Local Offer', 'SENDIASS', 'graduated approach', 'assess, plan, do, review', 'provision map', 'P levels',
  '[insert name]', 'TBC', 'XXXX', '…', 'Reviewed: September 2019', 'Next review: 01/09/2021', 'September 2024',
  '31st March 2020', '2019/20', '£1,250', '12.5%', '07700 900123', '0161 496 0000', 'senco@example.sch.uk',
  'https://example.org/local-offer', 'www.example.gov.uk', 'Mrs Anna Okafor', 'Mr Reed', 'DOB: 01/02/2015', 'UPN A123456789012',
  'Education, Health and Care plan (EHCP)', 'Special Educational Needs Coordinator (SENCO)', 'we', 'pupils', 'parents', 'and',
  'é', 'ß', 'İ', 'ﬁ', '😀', '👩‍👧', 'e\u0301', '\u200b', '\u00a0', '\t', 'Ysgol', 'Cymraeg', '—', '"', "'", '`', '*', '_', '\\',
];

const word = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) });
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));
const ruleIds = fc.constantFrom('', 'placeholder', 'unexplained-acronym', 'outdated-term', 'jargon', 'hard-to-read', 'no-such-rule', 'placeholder, jargon');

const block = fc.oneof(
  sentence,
  fc.tuple(fc.integer({ min: 1, max: 7 }), sentence).map(([n, s]) => `${'#'.repeat(n)} ${s}`),
  fc.tuple(sentence, fc.constantFrom('=', '-')).map(([s, u]) => `${s}\n${u.repeat(3)}`),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('-', '*', '1.', '2)', '- [ ]', '- [x]'), sentence), { minLength: 1, maxLength: 6 })
    .map((items) => items.map(([d, m, s]) => `${'  '.repeat(d)}${m} ${s}`).join('\n')),
  fc.tuple(fc.integer({ min: 1, max: 4 }), sentence).map(([n, s]) => `${'> '.repeat(n)}${s}`),
  fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }).map((rows) => {
    const width = rows[0].length;
    return [rows[0], Array(width).fill('---'), ...rows.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n');
  }),
  fc.array(fc.tuple(fc.constantFrom('title', 'kind', 'setting', 'jurisdiction', 'reviewed', 'next-review', 'school', 'x'), word), { maxLength: 5 })
    .map((kv) => `---\n${kv.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---`),
  fc.tuple(fc.constantFrom('sendlint-disable', 'sendlint-enable', 'sendlint-disable-next-line', 'sendlint-disable-line', 'sendlint-disable-file', 'sendlint-allow'), ruleIds, sentence)
    .map(([d, ids, why]) => `<!-- ${d} ${ids} -- ${why} -->`),
  sentence.map((s) => `<!-- ${s}`),
  sentence.map((s) => `\`\`\`\n${s}\n\`\`\``),
  sentence.map((s) => `    ${s}`),
  fc.tuple(sentence, word).map(([s, w]) => `[${s}](${w}) <${w}> ![${w}](x.png)`),
  fc.constantFrom('', '---', '***', '<div>', '</div>', '<br>', '[^1]: note', '| a |', '|---|', '$$', '\\', '&amp; &#x1F600; &bogus;'),
);

/** Markdown-shaped documents: every construct the parser and rules handle, with random line breaks. */
export const markdownDocument = fc
  .tuple(fc.array(block, { maxLength: 16 }), fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n\r\n'), fc.boolean())
  .map(([blocks, sep, bom]) => (bom ? '\uFEFF' : '') + blocks.join(sep));

/** A seed document with random cuts, duplications, insertions and byte-level damage. */
export function mutatedDocument(seeds) {
  const mutation = fc.oneof(
    fc.tuple(fc.constant('delete'), fc.nat(), fc.nat({ max: 400 })),
    fc.tuple(fc.constant('insert'), fc.nat(), fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), block)),
    fc.tuple(fc.constant('duplicate'), fc.nat(), fc.nat({ max: 400 })),
    fc.tuple(fc.constant('crlf'), fc.nat(), fc.nat()),
    fc.tuple(fc.constant('split-surrogate'), fc.nat(), fc.nat()),
  );
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([seed, muts]) => {
    let text = seed;
    for (const [kind, a, b] of muts) {
      const at = text.length === 0 ? 0 : a % (text.length + 1);
      if (kind === 'delete') text = text.slice(0, at) + text.slice(at + b);
      else if (kind === 'insert') text = text.slice(0, at) + b + text.slice(at);
      else if (kind === 'duplicate') text = text.slice(0, at + b) + text.slice(at, at + b) + text.slice(at + b);
      else if (kind === 'crlf') text = text.replace(/\n/g, b % 2 ? '\r\n' : '\r');
      else text = text.slice(0, at) + '\uD83D' + text.slice(at); // a lone high surrogate
    }
    return text;
  });
}

/** All arbitraries, so a run covers each kind of document. */
export function documents(seeds) {
  return fc.oneof(
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
    { weight: 2, arbitrary: markdownDocument },
    { weight: 2, arbitrary: mutatedDocument(seeds) },
  );
}

function rangeProblem(lines, range, what) {
  const { start, end } = range;
  for (const p of [start, end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `${what}: bad position ${JSON.stringify(p)}`;
    if (p.line >= lines.lineCount) return `${what}: line ${p.line} past the last line ${lines.lineCount - 1}`;
    const length = lines.lineEnd(p.line) - lines.lineStart(p.line);
    if (p.character > length) return `${what}: character ${p.character} past the end of line ${p.line} (length ${length})`;
  }
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `${what}: start after end ${JSON.stringify(range)}`;
  return null;
}

/**
 * Lints one document and returns the broken invariants (empty when all hold): no internal-error
 * finding, every finding, related and fix edit range inside the document with start <= end, and
 * every fix's edits applicable without overlap.
 */
export function checkDocument(engine, text) {
  const { lint, LineIndex, INTERNAL_ERROR_RULE, applyEdits } = engine;
  const problems = [];
  let result;
  try {
    result = lint(text);
  } catch (error) {
    return [`lint threw: ${error?.stack ?? error}`];
  }
  const lines = new LineIndex(text);
  for (const f of result.findings) {
    if (f.ruleId === INTERNAL_ERROR_RULE) problems.push(`internal error: ${f.message}`);
    const bad = rangeProblem(lines, f.range, `${f.ruleId} finding`);
    if (bad) problems.push(bad);
    for (const r of f.related ?? []) {
      const badRelated = rangeProblem(lines, r.range, `${f.ruleId} related`);
      if (badRelated) problems.push(badRelated);
    }
    for (const fix of f.fixes ?? []) {
      for (const edit of fix.edits) {
        const badEdit = rangeProblem(lines, edit.range, `${f.ruleId} fix "${fix.title}"`);
        if (badEdit) problems.push(badEdit);
        if (typeof edit.newText !== 'string') problems.push(`${f.ruleId} fix "${fix.title}": newText is not a string`);
      }
      if ((fix.kind ?? 'edit') === 'edit' && applyEdits(text, fix.edits).applied.length !== fix.edits.length) {
        problems.push(`${f.ruleId} fix "${fix.title}": its own edits overlap`);
      }
    }
  }
  return problems;
}
