import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, lint } from '../engine/index.js';
import { blankSelfReviewForm } from '../engine/templates.js';
import { selfReviewData } from '../engine/self-review.js';

const sample = readFileSync(join(__dirname, '../../../samples/senco-self-review.md'), 'utf8');
const only = { onlyRules: ['self-review-status'] };
const findings = (text: string) => lint(text, only).findings;
const subjects = (text: string) => findings(text).map((f) => f.subject);
const row = (id: string) => new RegExp(`^\\| ${id.replace('.', '\\.')} \\|.*\\n`, 'm');

describe('self-review-status', () => {
  it('is silent on a complete, rated form with evidence', () => {
    expect(findings(sample)).toEqual([]);
  });

  it('reports a standard left out of the form, and its fix adds the row back', () => {
    const text = sample.replace(row('3.4'), '');
    const [finding, ...rest] = findings(text);
    expect(rest).toEqual([]);
    expect(finding!.subject).toBe('3.4');
    const fixed = applyEdits(text, finding!.fixes![0]!.edits).text;
    expect(fixed).toMatch(/^\| 3\.4 \| The resources, including technology/m);
    expect(subjects(fixed)).toEqual(['3.4']); // back in the form, now without a status
  });

  it('reports a whole group left out once, with a fix that inserts the group', () => {
    const text = sample.replace(/## 2f\.[\s\S]*?(?=## 2g\.)/, '');
    const result = findings(text);
    expect(result.map((f) => f.subject)).toEqual(['2f']);
    expect(result[0]!.fixes![0]!.edits[0]!.newText).toContain('| 2f.2 |');
  });

  it('reports a row without a status, one with both, and one with a status the form does not use', () => {
    const text = sample
      .replace(/^(\| 1\.1 \|[^|]*\|) mainly achieved \|/m, '$1  |')
      .replace(/^(\| 1\.2 \|[^|]*\|) mainly achieved \|/m, '$1 working on / mainly achieved |')
      .replace(/^(\| 1\.3 \|[^|]*\|) mainly achieved \|/m, '$1 done |');
    const messages = findings(text).map((f) => `${f.subject}: ${f.message}`);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/^1\.1: .*has no status/);
    expect(messages[1]).toMatch(/^1\.2: .*both/);
    expect(messages[2]).toMatch(/^1\.3: .*"done"/);
  });

  it('reports "mainly achieved" without evidence, but not "working on" without it', () => {
    const text = sample.replace(/^(\| 1\.1 \|[^|]*\| mainly achieved \|)[^|]*\|/m, '$1 |');
    expect(subjects(text)).toEqual(['1.1']);
    expect(findings(text)[0]!.message).toContain('no evidence');
    expect(sample).toMatch(/\| working on \| +\|$/m);
  });

  it('reads the two-column layout (a mark under WORKING ON or MAINLY ACHIEVED) with unnumbered rows', () => {
    const table = (marks: string[]) =>
      [
        '| STANDARD | WORKING ON | MAINLY ACHIEVED | EVIDENCE / COMMENTS |',
        '| --- | --- | --- | --- |',
        `| Building effective working relationships with parents | ${marks[0]} | ${marks[1]} | Parent survey results, 2026 |`,
      ].join('\n');
    const form = (marks: string[]) => `---\ntype: senco-self-review\n---\n\n# Self-review\n\n${table(marks)}\n`;
    const reported = (marks: string[]) => findings(form(marks)).filter((f) => f.subject === '1.11');
    expect(reported(['', 'X'])).toEqual([]);
    expect(reported(['', ''])[0]!.message).toContain('no status');
    expect(reported(['X', 'X'])[0]!.message).toContain('both');
  });

  it('reads standards written as list items', () => {
    const text = '---\ntype: senco-self-review\n---\n\n# Self-review\n\n- 1.11 Working relationships with parents. Status: mainly achieved. Evidence: parent survey, spring 2026.\n- 1.12 Keeping everyone informed. Status: mainly achieved.\n';
    const result = findings(text).filter((f) => f.subject === '1.11' || f.subject === '1.12');
    expect(result.map((f) => f.subject)).toEqual(['1.12']);
  });

  it('a blank form lists every standard, each reported as not yet rated', () => {
    const blank = blankSelfReviewForm();
    const count = selfReviewData.groups.reduce((n, g) => n + g.standards.length, 0);
    expect(count).toBe(128);
    const result = findings(blank);
    expect(result).toHaveLength(count);
    expect(result.every((f) => f.message.includes('has no status'))).toBe(true);
  });

  it('only checks self-reviews', () => {
    expect(findings(sample.replace('type: senco-self-review', 'type: sen-policy'))).toEqual([]);
  });
});
