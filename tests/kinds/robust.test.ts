// The new kinds' rules read tables and label lines from whatever people write: they must never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';

const RULES = ['self-review-status', 'action-plan-table', 'npq-replaces-nasenco', 'england-term-in-wales', 'missing-requirement'];
const KINDS = ['senco-self-review', 'sen-action-plan', 'senco-qualification-evidence', 'senco-job-description', 'sen-policy', 'aln-policy'];

const cell = fc.oneof(fc.constantFrom('', ' ', 'mainly achieved', 'working on', 'X', '1.1', '2b.3', '£', 'Sept 2026 to', '1/1/1', 'Total cost', '|', '\\|'), fc.string({ maxLength: 12 }));
const row = fc.array(cell, { minLength: 0, maxLength: 8 }).map((cells) => `| ${cells.join(' | ')} |`);
const line = fc.oneof(
  row,
  fc.constantFrom('| Aim | Actions | Persons | Timescale | Resources | Monitoring | Evaluation |', '| No. | Standard | Status | Evidence |', '| --- | --- |', '**Date of plan:**', 'Lead person:', '## Success criteria', '- 1.2 Status: mainly achieved. Evidence:', '# Title', 'EHCP', ''),
  fc.string({ maxLength: 30 }),
);

describe('the new kinds never throw', () => {
  it('on random tables, labels and lines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.constantFrom('england', 'wales'), fc.array(line, { maxLength: 25 }), (kind, jurisdiction, lines) => {
        const text = `---\ntype: ${kind}\njurisdiction: ${jurisdiction}\n---\n\n${lines.join('\n')}\n`;
        const { findings } = lint(text, { onlyRules: RULES });
        expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
