import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const run = (text: string) => lint(text, { onlyRules: ['jargon'] }).findings;

describe('jargon', () => {
  it('reports a jargon term once, at its first use, as information', () => {
    const findings = run('Support is on our provision map. The provision map is updated termly.');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.subject).toBe('provision map');
    expect(findings[0]!.message).toContain('list of the extra help');
  });

  it('is quiet when the term is explained where it is used, or in a glossary', () => {
    expect(run('We use a provision map (a list of the extra help we offer).')).toEqual([]);
    expect(run('We apply for access arrangements. These can include extra time or a reader.')).toEqual([]);
    expect(run('We run fine motor groups to help with handwriting.')).toEqual([]);
    expect(run('# Report\n\nWe keep a provision map.\n\n## Glossary\n\n- Provision map: a list of the extra help we offer.\n')).toEqual([]);
  });

  it('still reports a term when the next sentence is about something else', () => {
    const findings = run('We apply for access arrangements. The school office has the forms.');
    expect(findings.map((f) => f.subject)).toEqual(['access arrangements']);
  });
});
