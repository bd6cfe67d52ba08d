import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const sample = readFileSync(join(__dirname, '../../../samples/sen-action-plan.md'), 'utf8');
const findings = (text: string) => lint(text, { onlyRules: ['action-plan-table'] }).findings;
const report = (text: string) => findings(text).map((f) => `${f.subject}: ${f.message}`);
/** Replaces the first occurrence, failing loudly if the sample changed. */
function change(from: string | RegExp, to: string): string {
  const text = sample.replace(from, to);
  expect(text).not.toBe(sample);
  return text;
}

describe('action-plan-table', () => {
  it('is silent on the complete sample', () => {
    expect(findings(sample)).toEqual([]);
  });

  it.each([
    ['date', /\*\*Date of plan:\*\*.*\n/],
    ['lead', /\*\*Lead person:\*\*.*\n/],
    ['school-priority', /\*\*Link to the school improvement plan:\*\*.*\n/],
    ['success-criteria', /\*\*Success criteria:\*\*.*\n/],
  ])('reports the %s field when it is removed, and only that', (id, line) => {
    const result = findings(change(line, ''));
    expect(result.map((f) => f.subject)).toEqual([id]);
  });

  it('reports a field that is there but empty or a placeholder', () => {
    expect(report(change('Mrs Helen Achebe, special educational needs co-ordinator (SENCO)', '[insert name]'))).toEqual([expect.stringMatching(/^lead: "Lead person" is there but empty/)]);
  });

  it('reports a date of plan it cannot read', () => {
    expect(report(change('**Date of plan:** 14 July 2026', '**Date of plan:** the summer'))).toEqual([expect.stringMatching(/^date: .*cannot read "the summer"/)]);
  });

  it('reports each empty cell by its column, and an empty evaluation only as a reminder', () => {
    const text = change('| SENCO, English lead, four teaching assistants |', '| |');
    expect(report(text)).toEqual([expect.stringMatching(/^persons: The "Persons involved" cell for the aim "Improve reading/)]);
    const evaluation = findings(change('| Attendance at reviews rose from 61% to 88% |', '| |'));
    expect(evaluation.map((f) => [f.subject, f.severity])).toEqual([['evaluation', 'info']]);
  });

  it('reports a timescale that ends before it starts', () => {
    expect(report(change('1 September 2026 to 18 December 2026', '1 September 2026 to 18 December 2025'))).toEqual([
      expect.stringMatching(/^timescale: .*ends \(18 December 2025\) before it starts \(1 September 2026\)/),
    ]);
  });

  it('reports a timescale it cannot read', () => {
    expect(report(change('September 2026 to July 2027', 'ongoing'))).toEqual([expect.stringMatching(/^timescale: .*cannot read \("ongoing"\)/)]);
    expect(report(change('September 2026 to July 2027', 'Sptember 2026 to July 2027'))).toEqual([expect.stringMatching(/cannot read \("Sptember 2026"\)/)]);
  });

  it('reads start and end columns instead of one timescale column', () => {
    const table = [
      '| Aim | Actions | Persons involved | Start date | End date | Resources | Monitoring | Evaluation |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| Better reading | Train staff | SENCO | 1/9/26 | 20/12/25 | £300 | SENCO, termly, reading checks | Improved |',
      '| Total cost | | | | | £300 | | |',
    ].join('\n');
    const text = sample.replace(/\| Aim \|[\s\S]*$/, `${table}\n`);
    expect(report(text)).toEqual([expect.stringMatching(/^timescale: .*ends \(20 December 2025\) before it starts \(1 September 2026\)/)]);
  });

  it('reports resources with no cost', () => {
    expect(report(change('Supply cover for review days £900', 'Supply cover for review days'))).toEqual([expect.stringMatching(/^resources: .*do not say what they cost/)]);
  });

  it('reports a missing total cost, and a total without an amount', () => {
    expect(report(change(/\| Total cost \|.*\n/, ''))).toEqual([expect.stringMatching(/^total-cost: The plan does not give a total cost/)]);
    expect(report(change('| £1,950 |', '| to follow |'))).toEqual([expect.stringMatching(/^total-cost: The total cost has no amount/)]);
  });

  it('reports a missing column, and a plan with no action table', () => {
    const table = [
      '| Aim | Actions | Persons involved | Timescale | Resources | Evaluation |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Better reading | Train staff | SENCO | September 2026 to July 2027 | £300 | Improved |',
      '| Total cost | | | | £300 | |',
    ].join('\n');
    expect(report(sample.replace(/\| Aim \|[\s\S]*$/, `${table}\n`))).toEqual(['monitoring: The action table has no "Monitoring (who, when, how)" column.']);
    const noTable = sample.replace(/\| Aim \|[\s\S]*$/, 'Total cost: £1,950\n');
    expect(report(noTable)).toEqual([expect.stringMatching(/^table: The plan has no action table/)]);
  });

  it('only checks action plans', () => {
    expect(findings(sample.replace('type: sen-action-plan', 'type: sen-policy'))).toEqual([]);
  });
});
