import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const subjects = (text: string) => lint(text, { onlyRules: ['inconsiderate-language'] }).findings.map((f) => f.subject);

describe('inconsiderate-language', () => {
  it('reports deficit and outdated wording', () => {
    expect(subjects('One pupil suffers from epilepsy and another is wheelchair-bound.')).toEqual(['suffers from', 'wheelchair-bound']);
    expect(subjects('We welcome the disabled. Normal children help too.')).toEqual(['the disabled', 'normal children']);
  });

  it('never reports the statutory vocabulary', () => {
    expect(subjects('Disabled pupils and pupils with special educational needs or a learning difficulty are welcome.')).toEqual([]);
    expect(subjects('Use the disabled toilet near the hall.')).toEqual([]);
  });
});
