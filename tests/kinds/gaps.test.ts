// A realistic job description with gaps, written as bullet lists: exactly its gaps are reported.
import { describe, expect, it } from 'vitest';
import { lintText, readFixture } from './helpers.js';

describe('an older SENCO job description', () => {
  const text = readFixture('senco-job-description-gaps.md');
  const result = lintText(text, ['missing-requirement', 'outdated-term']);

  it('is recognised as a job description without frontmatter', () => {
    expect(result.documentKind).toBe('senco-job-description');
  });

  it('reports exactly the responsibilities it leaves out, and the old qualification', () => {
    const missing = result.findings.filter((f) => f.ruleId === 'missing-requirement');
    expect(missing.map((f) => f.requirement).sort()).toEqual([
      'senco-job-description/equality',
      'senco-job-description/leadership',
      'senco-job-description/looked-after',
      'senco-job-description/npq',
    ]);
    const npq = missing.find((f) => f.requirement === 'senco-job-description/npq')!;
    expect(npq.severity).toBe('error');
    expect(npq.message).toContain('replaced the National Award (NASENCO)');
  });

  it('flags NASENCO as the qualification to gain as out of date', () => {
    expect(result.findings.filter((f) => f.ruleId === 'outdated-term').map((f) => f.subject)).toEqual(['NASENCO']);
  });
});
