import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const run = (text: string, now: string) => lint(text, { onlyRules: ['review-overdue'], now: new Date(now) }).findings;
const report = (front: string) => `---\ntype: sen-information-report\n${front}---\n\n# SEN Information Report\n\nText.\n`;

describe('review-overdue', () => {
  it('reports a report published more than 12 months ago (frontmatter), on the frontmatter line', () => {
    const findings = run(report('published: 2024-10-07\n'), '2025-10-08T12:00:00Z');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.range.start.line).toBe(2);
    expect(findings[0]!.message).toMatch(/7 October 2024, more than 12 months ago/);
  });

  it('does not report a report within its year', () => {
    expect(run(report('published: 2024-10-07\n'), '2025-10-07T12:00:00Z')).toEqual([]);
  });

  it('uses the review date when it comes first, counting the whole month when only a month is given', () => {
    const text = report('published: 2024-10-07\nreview-date: 2025-07\n');
    expect(run(text, '2025-07-31T12:00:00Z')).toEqual([]);
    expect(run(text, '2025-08-01T00:00:01Z')[0]!.message).toMatch(/review date it gives \(July 2025\) has passed/);
  });

  it.each([
    ['Date of publication: September 2024', '2025-10-01T00:00:00Z', 2],
    ['**Date published:** 16 September 2024', '2025-09-17T00:00:00Z', 2],
    ['*Report reviewed: February 2025. Next review: February 2026.*', '2026-03-01T00:00:00Z', 2],
    ['Page last updated: 12/01/2025', '2026-01-13T00:00:00Z', 2],
  ])('reads a date from the text: %s', (line, now, lineNumber) => {
    const findings = run(`# SEN Information Report\n\n${line}\n`, now);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.range.start.line).toBe(lineNumber);
  });

  it('falls back on the school year in the title', () => {
    const text = '# Riverside Centre\n\n## SEN Information Report 2022–23\n\nText.\n';
    expect(run(text, '2023-09-15T00:00:00Z')).toEqual([]);
    expect(run(text, '2023-10-02T00:00:00Z')[0]!.message).toMatch(/report for 2022–23, and that school year ended in the summer of 2023\./);
  });

  it('does not apply to policies or to documents with no date', () => {
    expect(run('---\ntype: sen-policy\npublished: 2019-01-01\n---\n\n# Policy\n', '2025-01-01T00:00:00Z')).toEqual([]);
    expect(run('# SEN Information Report\n\nNo dates here.\n', '2030-01-01T00:00:00Z')).toEqual([]);
  });
});
