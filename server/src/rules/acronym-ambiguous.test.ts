import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const run = (text: string) => lint(text, { onlyRules: ['acronym-ambiguous'] }).findings;

describe('acronym-ambiguous', () => {
  it('reports an acronym explained with two different meanings', () => {
    const findings = run('The senior leadership team (SLT) meets weekly.\n\nPupils see a speech and language therapist (SLT) each term.\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subject).toBe('SLT');
    expect(findings[0]!.related).toHaveLength(2);
    expect(findings[0]!.fixes!.every((f) => !f.safe)).toBe(true);
  });

  it('is quiet when the document fixes one meaning', () => {
    expect(run('The senior leadership team (SLT) meets weekly. SLT reviews the policy.\n')).toEqual([]);
    expect(run('Child protection (CP) training is yearly.\n')).toEqual([]);
  });
});
