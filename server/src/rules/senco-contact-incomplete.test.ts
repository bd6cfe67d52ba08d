import { describe, expect, it } from 'vitest';
import { applyEdits, lint } from '../engine/index.js';

const report = (setting = 'mainstream-primary') => `---\ntype: sen-information-report\nsetting: ${setting}\n---\n\n# Report\n\n`;
const run = (text: string) => lint(text, { onlyRules: ['senco-contact-incomplete'] }).findings;

describe('senco-contact-incomplete', () => {
  it('reports a named SENCO with no email or phone, on the sentence that names them', () => {
    const text = `${report()}## Who is the SENCO?\n\nOur SENCO is Mrs Lenka Varga. She leads the learning support team.\n`;
    const findings = run(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.range.start.line).toBe(9);
    expect(findings[0]!.message).toMatch(/no email address or phone number/);
    const fixed = applyEdits(text, findings[0]!.fixes![0]!.edits).text;
    expect(fixed).toContain('She leads the learning support team. You can contact them by email at');
  });

  it.each([
    ['an email address', 'Our SENCO is Mrs Lenka Varga (senco@moorside.example.sch.uk).'],
    ['a phone number in the next paragraph', 'Our SENCO is Mrs Lenka Varga.\n\nPhone: 01632 960377'],
    ['a way to ask for them at the office', 'Our SENCO is Mrs Lenka Varga. Please phone the school office and ask for the SENCO.'],
    ['a name written without a title', 'Our SENCO is Priya Raman, and you can reach her on 01632 960640.'],
  ])('accepts %s', (_name, body) => {
    expect(run(`${report()}## Who is the SENCO?\n\n${body}\n`)).toEqual([]);
  });

  it('does not count a placeholder as a name, or someone named in another sentence', () => {
    expect(run(`${report()}Our SENCO is [insert name].\n`)).toEqual([]);
    expect(run(`${report()}Headteacher: Mrs H. McAllister\n\nThe SENCO works four days a week.\n`)).toEqual([]);
  });

  it('does not apply to special schools, which need not name a SENCO in the report', () => {
    expect(run(`${report('special')}Our SENCO is Mrs Lenka Varga.\n`)).toEqual([]);
  });
});
