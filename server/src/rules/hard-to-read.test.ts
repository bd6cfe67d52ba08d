import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const LONG = 'Where it is agreed following consultation with parents and other relevant professionals that a pupil needs support which is additional to or different from that which is ordinarily available the school will put it in place quickly.';
const HARD =
  'Comprehensive individualised interventions necessitate considerable organisational coordination. Multidisciplinary professionals collaboratively formulate personalised educational recommendations. Subsequently, specialist practitioners systematically evaluate developmental progress, communicating observations constructively. Additionally, educational psychologists periodically administer standardised diagnostic assessments. Consequently, documentation accumulates considerably, necessitating administrative prioritisation. Institutional accountability mechanisms simultaneously necessitate comprehensive evidential documentation of individualised provision.';

describe('hard-to-read', () => {
  it('reports a sentence over the word limit, which can be configured', () => {
    const findings = lint(LONG, { onlyRules: ['hard-to-read'] }).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/has 3\d words/);
    expect(lint(LONG, { onlyRules: ['hard-to-read'], config: { maxSentenceWords: 60 } }).findings).toEqual([]);
  });

  it('reports a paragraph below the reading-ease target, and not short plain sentences', () => {
    expect(lint(HARD, { onlyRules: ['hard-to-read'] }).findings.map((f) => f.message)).toEqual([expect.stringMatching(/hard to read \(reading ease -?\d+/)]);
    expect(lint('We help every child. Ask us if you are worried. We will call you back the same day.', { onlyRules: ['hard-to-read'] }).findings).toEqual([]);
  });

  it('puts the document reading ease in the result', () => {
    const easy = lint('We help every child. Ask us if you are worried.', { onlyRules: [] }).readability!;
    const hard = lint(HARD, { onlyRules: [] }).readability!;
    expect(easy.sentences).toBe(2);
    expect(easy.words).toBe(10);
    expect(easy.readingEase).toBeGreaterThan(hard.readingEase);
  });

  it('does not split sentences at abbreviations', () => {
    const text = 'Mr. Hill, e.g. the class teacher, will meet you. Then we agree targets.';
    expect(lint(text, { onlyRules: [] }).readability!.sentences).toBe(2);
  });
});
