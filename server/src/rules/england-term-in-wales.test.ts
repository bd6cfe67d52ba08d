import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../engine/index.js';
import { englandTermInWales } from './england-term-in-wales.js';

const wales: LintOptions = { config: { jurisdiction: 'wales' }, onlyRules: [englandTermInWales.meta.id] };
const found = (text: string, options: LintOptions = wales) => lint(text, options).findings.map((f) => f.subject);

describe('england-term-in-wales', () => {
  it("reports England's terms in a Welsh document, with the Wales term", () => {
    const result = lint('# ALN policy\n\nIf your child has an EHC plan, ask about SEN support and the Local Offer.\n', wales);
    expect(result.findings.map((f) => f.subject)).toEqual(['EHC plan', 'SEN support', 'Local Offer']);
    expect(result.findings[0]!.message).toContain('individual development plan (IDP)');
  });

  it('offers a fix that keeps the plural', () => {
    const [finding] = lint('Learners with EHCPs have reviews.\n', wales).findings;
    expect(finding!.fixes![0]!.edits[0]!.newText).toBe('IDPs');
  });

  it('is silent for England documents', () => {
    expect(found('If your child has an EHC plan, see the Local Offer.\n', { ...wales, config: { jurisdiction: 'england' } })).toEqual([]);
  });

  it('does not report sentences that compare the systems or mention England', () => {
    expect(found('IDPs replaced statements and EHC plans. A learner moving from England may have an EHCP.\n')).toEqual([]);
  });

  it('leaves pre-ALN Welsh terms (SENCO, statement, IEP) to outdated-term', () => {
    expect(found('The SENCO keeps each IEP and statement.\n')).toEqual([]);
  });
});
