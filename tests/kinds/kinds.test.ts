// Issue 5's "done when" for the new document kinds: each kind is recognised without frontmatter, each
// complete sample has no coverage findings, removing any one required part reports exactly that part,
// and a document for Wales gets no England-only requirements but has England's terms flagged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';
import { standards } from '../../server/src/engine/standards.js';
import { lintText, missingItems, readSample, removalReport, root, withoutFrontmatter } from './helpers.js';

const devDoc = (name: string) => readFileSync(join(root, 'tests/corpus/dev', name), 'utf8');

describe('kind detection without frontmatter', () => {
  it.each([
    ['dev 09, Welsh ALN policy', () => devDoc('09-ysgol-glan-hesgin-aln-policy.md'), 'aln-policy', 'wales'],
    ['dev 10, SENCO job description', () => devDoc('10-thistlebank-senco-job-description.md'), 'senco-job-description', 'england'],
    ['SEN policy sample', () => readSample('sen-policy.md'), 'sen-policy', 'england'],
    ['job description sample', () => readSample('senco-job-description.md'), 'senco-job-description', 'england'],
    ['self-review sample', () => readSample('senco-self-review.md'), 'senco-self-review', 'england'],
    ['qualification evidence sample', () => readSample('senco-qualification-evidence.md'), 'senco-qualification-evidence', 'england'],
    ['action plan sample', () => readSample('sen-action-plan.md'), 'sen-action-plan', 'england'],
    ['Wales ALN policy sample', () => readSample('aln-policy-wales.md'), 'aln-policy', 'wales'],
  ])('%s', (_name, read, kind, jurisdiction) => {
    const result = lintText(withoutFrontmatter(read()), ['kind-inferred']);
    expect(result.inferred.kind).toBe(true);
    expect([result.documentKind, result.jurisdiction]).toEqual([kind, jurisdiction]);
  });
});

describe('complete samples have no coverage findings', () => {
  it.each(['sen-policy.md', 'senco-job-description.md', 'senco-qualification-evidence.md', 'senco-self-review.md', 'sen-action-plan.md', 'aln-policy-wales.md'])('%s', (name) => {
    const text = readSample(name);
    const result = lintText(text, ['missing-requirement', 'self-review-status', 'action-plan-table']);
    expect(result.findings.map((f) => f.message)).toEqual([]);
    expect(result.coverage.filter((c) => c.status !== 'covered' && c.status !== 'not-applicable')).toEqual([]);
  });
});

/** Every item of the kind's standards, as "<standard>/<item>". */
function itemsFor(kind: string): string[] {
  return standards.requirements
    .filter((s) => s.appliesTo.kinds.includes(kind))
    .flatMap((s) => s.items.map((i) => `${s.id}/${i.id}`))
    .sort();
}

describe('removing one required part reports exactly that part', () => {
  it.each([
    ['sen-policy.md', 'sen-policy'],
    ['senco-job-description.md', 'senco-job-description'],
    ['senco-qualification-evidence.md', 'senco-qualification-evidence'],
  ])('%s', (name, kind) => {
    const removals = removalReport(readSample(name));
    for (const [heading, reported] of removals) expect(reported, `removing "${heading}"`).toHaveLength(1);
    expect([...removals.values()].flat().sort()).toEqual(itemsFor(kind));
  });
});

describe('a combined document gets the SEN policy checklist as well as the report items', () => {
  it('applies both', () => {
    const combined = readSample('combined-policy-and-report.md');
    const standardsChecked = new Set(lintText(combined, ['missing-requirement']).coverage.map((c) => c.requirement.split('/')[0]));
    expect([...standardsChecked]).toEqual(expect.arrayContaining(['sen-policy', 'send-regs-2014-sch1']));
  });
});

describe('Wales', () => {
  const ENGLAND_ONLY = new Set(standards.requirements.filter((s) => s.appliesTo.jurisdictions?.every((j) => j === 'england')).map((s) => s.id));

  it('a Welsh ALN policy gets no England-only requirement findings, and England terms are flagged', () => {
    for (const text of [readSample('aln-policy-wales.md'), devDoc('09-ysgol-glan-hesgin-aln-policy.md')]) {
      const result = lintText(text);
      expect(result.findings.filter((f) => f.requirement && ENGLAND_ONLY.has(f.requirement.split('/')[0]!))).toEqual([]);
      expect(result.coverage.filter((c) => ENGLAND_ONLY.has(c.requirement.split('/')[0]!))).toEqual([]);
    }
    const flagged = lintText(readSample('aln-policy-wales.md'), ['england-term-in-wales']).findings.map((f) => f.subject);
    expect(flagged).toEqual(['SEN support', 'Local Offer']);
  });

  it('jurisdiction: wales switches the England SEN policy checklist off', () => {
    const policy = readSample('sen-policy.md').replace('jurisdiction: england', 'jurisdiction: wales');
    expect(missingItems(policy.replace(/## Our SENCO[\s\S]*?(?=## )/, ''))).toEqual([]);
    expect(lint(policy, { onlyRules: ['missing-requirement'] }).coverage).toEqual([]);
  });

  it('Welsh-medium passages give no acronym or jargon findings', () => {
    const text = readSample('aln-policy-wales.md');
    const welshLines = text.split('\n').flatMap((line, i) => (/\b(?:Mae'r|Rydym|Gofynnwch|DYSGU|Polisi)\b/.test(line) ? [i] : []));
    expect(welshLines.length).toBeGreaterThanOrEqual(4);
    const noise = lintText(text).findings.filter((f) => welshLines.includes(f.range.start.line));
    expect(noise.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
