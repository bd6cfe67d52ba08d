import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const REPORT = '---\ntype: sen-information-report\nsetting: mainstream-primary\n---\n\n# Report\n\n';
const run = (text: string) => lint(text, { onlyRules: ['local-offer-not-linked'] }).findings;

describe('local-offer-not-linked', () => {
  it('reports a Local Offer named without a link, on the words "Local Offer"', () => {
    const findings = run(`${REPORT}## The Local Offer\n\nThe local authority publishes a Local Offer.\n`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.range.start).toEqual({ line: 7, character: 7 });
    expect(findings[0]!.message).toMatch(/no link/);
  });

  it.each([
    ['a bare URL', 'Find the Local Offer at https://localoffer.example.gov.uk.'],
    ['a Markdown link', 'Read the [Local Offer](https://www.example.gov.uk/send) for more.'],
    ['a link under a Local Offer heading', '## Local Offer\n\n<https://localoffer.example.gov.uk>'],
  ])('accepts %s', (_name, body) => {
    expect(run(`${REPORT}${body}\n`)).toEqual([]);
  });

  it('says nothing when the Local Offer is not mentioned (missing-requirement reports that) or in a contents list only', () => {
    expect(run(`${REPORT}Nothing here.\n`)).toEqual([]);
    expect(run(`${REPORT}## Contents\n\n1. Introduction\n2. Complaints\n3. The Local Offer\n\n## Introduction\n\nHello.\n`)).toEqual([]);
  });

  it('does not apply to Welsh documents or to policies', () => {
    expect(run('---\ntype: sen-information-report\njurisdiction: wales\n---\n\n# Report\n\nThe Local Offer.\n')).toEqual([]);
    expect(run('---\ntype: sen-policy\n---\n\n# Policy\n\nThe Local Offer is published by the council.\n')).toEqual([]);
  });
});
