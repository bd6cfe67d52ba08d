import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { renderCoverage } from '../../client/src/coverage-html.js';
import { Analyser } from '../../server/src/lsp/analysis.js';
import { coverageResponse } from '../../server/src/lsp/coverage.js';

// The coverage view's page for each kind of sample, from the server's real coverage response: the client
// only lays out what the server decided.
const pageFor = (name: string) => {
  const text = readFileSync(join(__dirname, '../../samples', name), 'utf8');
  const analysis = new Analyser().analyse(TextDocument.create(`file:///samples/${name}`, 'markdown', 1, text), {}, 0);
  return renderCoverage(coverageResponse(analysis), 'vscode-resource:');
};

/** The page's text without tags, with entities decoded, for reading like a user would. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/\s+/g, ' ');

describe('the coverage view page', () => {
  it('report: a heading with the count, a table per checklist, and links to where each item is', () => {
    const html = pageFor('complete-information-report.md');
    const text = textOf(html);
    expect(text).toMatch(/complete-information-report\.md: (\d+) of \1 statutory items covered/);
    expect(html.match(/<h3>/g)).toHaveLength(3);
    expect(text).toContain('Read as: SEN information report (England');
    expect(html).toContain('command:sendlint.revealEvidence');
    expect(html).not.toContain('command:sendlint.insertAllMissing'); // nothing is missing
  });

  it('policy with gaps: offers to insert the missing sections and says why an item is only partly covered', () => {
    const html = pageFor('old-style-policy.md');
    expect(textOf(html)).toContain('Insert a section for every missing item');
    expect(textOf(html)).toMatch(/✗ missing/);
    expect(html).toMatch(/◐ partly covered<div class="note">[^<]{10,}<\/div>/);
  });

  it('self-review: every standard with its status and evidence, grouped as in the standards', () => {
    const html = pageFor('senco-self-review.md');
    const text = textOf(html);
    expect(text).toMatch(/senco-self-review\.md: (\d+) of \1 standards complete/);
    expect(text).toContain('1.1 Drawing up and putting in place, with colleagues, a whole-school strategy for special education ✓ mainly achieved Staff meeting minutes, autumn 2025');
    expect(text).toContain('“mainly achieved” also needs evidence');
    expect(html.match(/<h3>/g)!.length).toBeGreaterThanOrEqual(6);
  });

  it('action plan: the fields above the table, the table and total, and each aim', () => {
    const text = textOf(pageFor('sen-action-plan.md'));
    expect(text).toContain('sen-action-plan.md: 9 of 9 plan parts complete');
    expect(text).toContain('Date of plan 14 July 2026 ✓ complete');
    expect(text).toContain('Total cost ✓ complete');
    expect(text).toContain('Aim: Involve parents more in reviews ✓ complete');
  });

  it('Wales ALN policy: says there is no statutory checklist, why, and what is checked instead', () => {
    const text = textOf(pageFor('aln-policy-wales.md'));
    expect(text).toContain('aln-policy-wales.md: no statutory checklist');
    expect(text).toContain('Read as: ALN policy (Wales');
    expect(text).toMatch(/Schedule 1/);
    expect(text).toContain('What sendlint checks instead');
    expect(text).toContain('England-only terms (EHC plan, SENCO, Local Offer, SEN support)');
  });
});
