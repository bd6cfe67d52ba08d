import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const portfolio = (body: string) => `---\ntype: senco-qualification-evidence\n---\n\n${body}`;
const findings = (text: string) => lint(text, { onlyRules: ['npq-replaces-nasenco'] }).findings;

describe('npq-replaces-nasenco', () => {
  it('reports once, as information, at the first mention of the Award', () => {
    const result = findings(portfolio('# Portfolio\n\nIntro.\n\nEvidence for the National Award for SEN Co-ordination.\n\nMore on the National Award.\n'));
    expect(result).toHaveLength(1);
    expect(result[0]!.severity).toBe('info');
    expect(result[0]!.range.start.line).toBe(8);
  });

  it('reports at the title when the portfolio names no qualification', () => {
    expect(findings(portfolio('# My SENCO portfolio\n\nEvidence.\n'))[0]!.range.start.line).toBe(4);
  });

  it('is silent for an NPQ for SENCOs portfolio and for other kinds of document', () => {
    expect(findings(portfolio('# Evidence for the NPQ for SENCOs\n\nEvidence.\n'))).toEqual([]);
    expect(findings('---\ntype: sen-policy\n---\n\n# Policy\n\nOur SENCO holds the National Award.\n')).toEqual([]);
  });
});
