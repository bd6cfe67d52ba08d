import { describe, expect, it } from 'vitest';
import { applyEdits, lint } from '../engine/index.js';

const run = (text: string) => lint(text, { onlyRules: ['kind-inferred'] });

describe('kind-inferred', () => {
  it('says what it guessed and offers frontmatter saying so', () => {
    const text = '# Hollins Brook Primary School: SEN Information Report\n\nWelcome.\n';
    const result = run(text);
    expect(result.documentKind).toBe('sen-information-report');
    expect(result.setting).toBe('mainstream-primary');
    const [finding] = result.findings;
    expect(finding!.severity).toBe('info');
    expect(finding!.message).toMatch(/treated this as an SEN information report because the title names an information report/);
    expect(finding!.message).toMatch(/"type:" and "setting:" lines .* at the very top of the file/);
    const fixed = applyEdits(text, finding!.fixes![0]!.edits).text;
    expect(fixed.startsWith('---\ntype: sen-information-report\nsetting: mainstream-primary\njurisdiction: england\n---\n')).toBe(true);
    expect(run(fixed).findings).toEqual([]);
  });

  it('accepts frontmatter aliases without a finding', () => {
    const result = run('---\ntype: send-policy\nsetting: primary-academy\n---\n\n# Policy\n');
    expect(result.documentKind).toBe('sen-policy');
    expect(result.setting).toBe('mainstream-primary');
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['a policy whose name is in the second heading', '# Kestrel Vale Learning Trust\n\n## Special Educational Needs and Disabilities (SEND) Policy\n\nText.\n', 'sen-policy'],
    ['a Welsh ALN policy', '# Ysgol Glan\n\n## Additional Learning Needs (ALN) Policy\n\nThe ALNCo writes Individual Development Plans under the ALN Code.\n', 'aln-policy'],
    ['a job description in bold lines', '**Thistlebank Primary School**\n\n**Job Description: Special Educational Needs Co-ordinator (SENCO)**\n\nText.\n', 'senco-job-description'],
    ['a questions page', '# SEND: frequently asked questions\n\n**Q1: Who is the SENCO?**\n', 'faq-page'],
    ['a policy with an information report part', '**SEN POLICY**\n\nText.\n\n**PART B: SEN INFORMATION REPORT**\n\nMore.\n', 'combined'],
  ])('infers %s without frontmatter', (_name, text, kind) => {
    const result = run(text);
    expect(result.documentKind).toBe(kind);
    expect(result.findings[0]!.message).toContain('sendlint treated this as');
  });

  it('guesses the setting from the opening', () => {
    expect(run('# Riverside Centre SEN Information Report\n\nA pupil referral unit (PRU) for KS3 and KS4.\n').setting).toBe('pru');
    expect(run('# Brookfield Academy SEN Information Report\n\nAn academy for pupils aged 4 to 16.\n').setting).toBe('all-through');
  });
});

describe('kind-inferred where the setting changes nothing', () => {
  it('asks only for the type of a job description, and its fix writes no setting line', () => {
    const text = '---\njurisdiction: england\n---\n**Job Description: Special Educational Needs Co-ordinator (SENCO)**\n\nText.\n';
    const [finding] = run(text).findings;
    expect(finding!.message).toContain('a "type:" line');
    expect(finding!.message).not.toContain('setting');
    expect(run('---\ntype: senco-job-description\n---\n**Job Description: SENCO**\n\nText.\n').findings).toEqual([]);
  });
});
