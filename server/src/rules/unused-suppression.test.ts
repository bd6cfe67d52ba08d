import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const ids = (text: string) => lint(text, { onlyRules: ['placeholder', 'unused-suppression'] }).findings.map((f) => `${f.ruleId}@${f.range.start.line}`);

describe('suppression comments and unused-suppression', () => {
  it('disable-next-line hides the next line only', () => {
    expect(ids('<!-- sendlint-disable-next-line placeholder -- agreed with the head -->\nDate TBC.\n\nDate TBC.\n')).toEqual(['placeholder@3']);
  });

  it('disable ... enable hides a region; with no rule id it covers every rule', () => {
    expect(ids('<!-- sendlint-disable placeholder -->\nTBC\n\nTBC\n<!-- sendlint-enable placeholder -->\n\nTBC\n')).toEqual(['placeholder@6']);
    expect(ids('<!-- sendlint-disable -->\nTBC\n')).toEqual([]);
  });

  it('disable-file hides the rule everywhere', () => {
    expect(ids('TBC\n\n<!-- sendlint-disable-file placeholder -- draft -->\n\nTBC\n')).toEqual([]);
  });

  it('reports a suppression that hides nothing, and one naming an unknown rule', () => {
    expect(ids('<!-- sendlint-disable-next-line placeholder -->\nAll done.\n')).toEqual(['unused-suppression@0']);
    expect(ids('<!-- sendlint-disable placehodler -->\nAll done.\n')).toEqual(['unused-suppression@0']);
  });

  it('does not report suppressions for rules that did not run', () => {
    expect(ids('<!-- sendlint-disable-next-line jargon -->\nAll done.\n')).toEqual([]);
  });
});
