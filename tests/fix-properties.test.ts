// Properties of quick fixes and of the rules on arbitrary input (fast-check, bounded runs to keep the suite fast).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits, applySafeFixes, fixAll, INTERNAL_ERROR_RULE, languageRules, lint, LineIndex, type Fix } from '../server/src/engine/index.js';

const LANGUAGE_RULES = languageRules.map((r) => r.meta.id);

// A fixed seed keeps CI repeatable; FIX_PROPERTY_SEED / FIX_PROPERTY_RUNS explore further (npm run fuzz does too).
const PROPERTY_RUNS = {
  numRuns: Number(process.env.FIX_PROPERTY_RUNS ?? 60),
  seed: Number(process.env.FIX_PROPERTY_SEED ?? 20261123),
};

// Pieces of SEN documents that the language rules react to, plus plain words.
const PHRASES = [
  'an EHCP',
  'EHCPs',
  'the SENCO',
  'a SENCo',
  'SEN support',
  'special educational needs (SEN)',
  'the SLT',
  'KS2',
  'SaLT',
  'the LEA',
  'a statement of special educational needs',
  'statutory assessment',
  'School Action Plus',
  'BESD',
  'the NASENCO',
  'P levels',
  'Parent Partnership Service',
  '[insert name]',
  'TBC',
  'XXXX',
  'suffers from',
  'the disabled',
  'provision map',
  'P830212318004',
  '999 222 3332',
  'DOB: 01/02/2015',
  'Sam Reed (Y4) has epilepsy',
  'Mrs Anna Okafor (AO)',
  'BE KIND. BE BROOK.',
  'Education, Health and Care plan (EHCP)',
  'we help',
  'children',
  'and',
  'é',
  '😀',
  'ﬁ',
];

const sentence = fc
  .array(fc.oneof(fc.constantFrom(...PHRASES), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '));

const line = fc.oneof(
  sentence,
  sentence.map((s) => `# ${s}`),
  sentence.map((s) => `## ${s}`),
  sentence.map((s) => `- ${s}`),
  sentence.map((s) => `**${s}**`),
  fc.tuple(sentence, sentence).map(([a, b]) => `| ${a} | ${b} |\n|---|---|\n| ${b} | ${a} |`),
  sentence.map((s) => `\`\`\`\n${s}\n\`\`\``),
  sentence.map((s) => `<!-- sendlint-disable-next-line placeholder -- ${s} -->`),
  fc.constantFrom('<!-- sendlint-disable -->', '<!-- sendlint-enable -->', '<!-- sendlint-disable-file jargon -->', '## Glossary', '---\ntitle: x\n---', ''),
);

const markdown = fc
  .array(line, { maxLength: 12 })
  .chain((lines) => fc.constantFrom('\n', '\n\n', '\r\n').map((sep) => lines.join(sep)));

const allFixes = (text: string): Fix[] => lint(text, { onlyRules: LANGUAGE_RULES }).findings.flatMap((f) => f.fixes ?? []);

/** Applying each fix leaves every character before its first edit and after its last one as it was. */
function expectRangeLocal(text: string, fixes: Fix[]): void {
  const lines = new LineIndex(text);
  for (const fix of fixes) {
    if (fix.edits.length === 0) continue;
    const spans = fix.edits.map((e) => lines.spanOf(e.range));
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    const result = applyEdits(text, fix.edits).text;
    expect(result.slice(0, start), fix.title).toBe(text.slice(0, start));
    expect(result.slice(result.length - (text.length - end)), fix.title).toBe(text.slice(end));
  }
}

describe('quick fixes', () => {
  it('change nothing outside their own range', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expectRangeLocal(text, allFixes(text));
      }),
      PROPERTY_RUNS,
    );
  });

  it('settle: "fix all" leaves nothing for a second run to change, well within its pass limit', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const once = fixAll(text);
        expect(once.passes).toBeLessThanOrEqual(3);
        const twice = fixAll(once.text);
        expect(twice.passes).toBe(0);
        expect(twice.text).toBe(once.text);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('rules on arbitrary text', () => {
  it('never throw on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = lint(text);
        expect(result.findings.filter((f) => f.ruleId === INTERNAL_ERROR_RULE)).toEqual([]);
      }),
      PROPERTY_RUNS,
    );
  });

  it('never throw on Markdown-shaped text', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const result = lint(text);
        expect(result.findings.filter((f) => f.ruleId === INTERNAL_ERROR_RULE)).toEqual([]);
      }),
      PROPERTY_RUNS,
    );
  });
});

// Issue 7 (hardening): the same two properties for every rule, on every sample and dev-corpus document.
describe('quick fixes of every rule on the samples and the dev corpus', () => {
  const documents = ['samples', 'tests/corpus/dev'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => [`${dir}/${f}`, readFileSync(`${dir}/${f}`, 'utf8')] as const),
  );
  const everyFix = (text: string): Fix[] => lint(text).findings.flatMap((f) => f.fixes ?? []).filter((f) => (f.kind ?? 'edit') === 'edit');

  it('has documents with fixes to check', () => {
    expect(documents.length).toBeGreaterThanOrEqual(20);
    expect(documents.filter(([, text]) => everyFix(text).length > 0).length).toBeGreaterThanOrEqual(10);
  });

  for (const [path, text] of documents) {
    it(`${path}: each fix changes only its own range; safe fixes settle in one pass`, () => {
      expectRangeLocal(text, everyFix(text));
      const once = applySafeFixes(text, everyFix(text)).text;
      expect(applySafeFixes(once, everyFix(once)).text).toBe(once);
    });
  }
});
