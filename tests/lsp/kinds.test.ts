import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { TEMPLATE_KINDS } from '../../server/src/engine/templates.js';
import { COVERAGE_REQUEST, NEW_DOCUMENT_KINDS, TEMPLATE_REQUEST, type CoverageResponse, type TemplateResponse } from '../../server/src/lsp/protocol.js';
import { PULL_CAPABILITIES, SERVER, startClient, type TestClient } from './lsp-client.js';

// Every document kind over a real stdio connection: the template request, and the coverage request and
// code lens on a new document of each kind and on each sample.
const samples = join(__dirname, '..', '..', 'samples');
const readSample = (name: string) => readFileSync(join(samples, name), 'utf8');

describe.skipIf(!existsSync(SERVER))('document kinds over stdio (dist/server.cjs)', () => {
  let client: TestClient;
  let opened = 0;

  beforeAll(async () => {
    client = await startClient(PULL_CAPABILITIES);
  });
  afterAll(async () => {
    expect(await client.close()).toBe(0);
  });

  /** Opens the text as a new document and returns the server's coverage of it. */
  async function coverageOf(text: string): Promise<{ uri: string; coverage: CoverageResponse }> {
    const uri = `file:///virtual/kind-${++opened}.md`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return { uri, coverage: await client.connection.sendRequest<CoverageResponse>(COVERAGE_REQUEST, { textDocument: { uri } }) };
  }

  const lensTitles = async (uri: string) =>
    (await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } })).map((l) => l.command!.title);

  it('the editor lists every kind there is a template for', () => {
    expect(NEW_DOCUMENT_KINDS.map((k) => k.kind)).toEqual([...TEMPLATE_KINDS]);
  });

  describe.each(TEMPLATE_KINDS)('a new %s', (kind) => {
    it('comes from the template request, is read as its kind, and its coverage shows everything still to do', async () => {
      const { text } = await client.connection.sendRequest<TemplateResponse>(TEMPLATE_REQUEST, { kind });
      expect(text).toMatch(new RegExp(`^---\\ntype: ${kind}\\n`));
      const { uri, coverage } = await coverageOf(text);
      expect(coverage.documentKind).toBe(kind);
      // the action plan's table already has every column; its fields, aims and total are still to write
      expect(coverage.covered).toBe(kind === 'sen-action-plan' ? 1 : 0);
      if (kind === 'sen-action-plan') expect(coverage.actionPlan).toMatchObject({ table: { complete: true }, aims: [], totalCost: { complete: false } });
      const lenses = await lensTitles(uri);
      expect(lenses.length).toBeGreaterThan(0);
      if (kind === 'aln-policy') {
        expect(coverage.applicable).toBe(0);
        expect(coverage.noChecklist?.why).toMatch(/Wales/);
        expect(lenses).toEqual([expect.stringMatching(/^No statutory checklist/)]);
      } else {
        expect(coverage.applicable).toBeGreaterThan(0);
        for (const title of lenses) expect(title).toMatch(new RegExp(`: ${coverage.covered} of \\d+ `));
      }
    });
  });

  it('refuses a kind it has no template for, saying which kinds it has', async () => {
    await expect(client.connection.sendRequest(TEMPLATE_REQUEST, { kind: 'newsletter' })).rejects.toThrow(/sen-action-plan/);
  });

  it('complete information report: every statutory item covered, by checklist', async () => {
    const { uri, coverage } = await coverageOf(readSample('complete-information-report.md'));
    expect(coverage.countLabel).toBe('statutory items covered');
    expect(coverage.applicable).toBeGreaterThan(20);
    expect(coverage.covered).toBe(coverage.applicable);
    expect(new Set(coverage.items.map((i) => i.standard)).size).toBe(3);
    expect(await lensTitles(uri)).toContainEqual(expect.stringMatching(/^SEND Regulations 2014, Schedule 1: (\d+) of \1 items covered$/));
  });

  it('combined policy and report: both checklists, with its gaps and why they are gaps', async () => {
    const { coverage } = await coverageOf(readSample('combined-policy-and-report.md'));
    expect(coverage.documentKind).toBe('combined');
    const standards = new Set(coverage.items.map((i) => i.standard));
    expect([...standards]).toEqual(expect.arrayContaining(['SEN policy contents (England)', expect.stringMatching(/Schedule 1/)]));
    const gaps = coverage.items.filter((i) => i.status === 'missing' || i.status === 'partial');
    expect(gaps.length).toBeGreaterThan(0);
    expect(coverage.covered).toBe(coverage.applicable - gaps.length);
    expect(gaps.filter((i) => i.status === 'partial').every((i) => i.reason)).toBe(true);
  });

  it.each([
    ['sen-policy.md', 'sen-policy', 'policy items covered'],
    ['senco-job-description.md', 'senco-job-description', 'job description items covered'],
    ['senco-qualification-evidence.md', 'senco-qualification-evidence', 'learning outcome areas with evidence'],
  ])('%s: its own checklist, complete', async (name, kind, countLabel) => {
    const { coverage } = await coverageOf(readSample(name));
    expect(coverage).toMatchObject({ documentKind: kind, countLabel });
    expect(coverage.applicable).toBeGreaterThan(0);
    expect(coverage.covered).toBe(coverage.applicable);
  });

  it('old-style policy: a policy with gaps', async () => {
    const { coverage } = await coverageOf(readSample('old-style-policy.md'));
    expect(coverage.documentKind).toBe('sen-policy');
    expect(coverage.covered).toBeLessThan(coverage.applicable);
  });

  it('SENCO self-review: each standard with its status and evidence; a claim without evidence is not complete', async () => {
    const text = readSample('senco-self-review.md');
    const { uri, coverage } = await coverageOf(text);
    const entries = coverage.selfReview!.groups.flatMap((g) => g.standards);
    expect(coverage.items).toEqual([]);
    expect(coverage.countLabel).toBe('standards complete');
    expect(coverage.applicable).toBe(entries.length);
    expect(coverage.covered).toBe(entries.length);
    expect(entries.find((e) => e.id === '1.1')).toMatchObject({ state: 'rated', status: 'mainly achieved', evidence: 'Staff meeting minutes, autumn 2025', complete: true });
    expect(entries.find((e) => e.id === '1.12')).toMatchObject({ state: 'rated', status: 'working on', evidenceNeeded: false, complete: true });
    expect(await lensTitles(uri)).toEqual([`Standards for SEN Co-ordinators in Wales: ${entries.length} of ${entries.length} standards complete`]);

    const changed = text
      .replace('| mainly achieved | Staff meeting minutes, autumn 2025 |', '| mainly achieved |  |')
      .replace(/^\| 1\.2 .*\n/m, '');
    const after = (await coverageOf(changed)).coverage;
    const entry = (id: string) => after.selfReview!.groups.flatMap((g) => g.standards).find((e) => e.id === id);
    expect(entry('1.1')).toMatchObject({ evidence: '', evidenceNeeded: true, complete: false });
    expect(entry('1.2')).toMatchObject({ state: 'not-in-form', complete: false });
    expect(after.covered).toBe(entries.length - 2);
  });

  it('SEN action plan: the fields, the table, each aim and the total; a bad timescale makes its aim incomplete', async () => {
    const text = readSample('sen-action-plan.md');
    const { uri, coverage } = await coverageOf(text);
    const plan = coverage.actionPlan!;
    expect(plan.fields.map((f) => [f.label, f.complete])).toEqual([
      ['Date of plan', true],
      ['Lead person', true],
      ['Link to the school improvement plan', true],
      ['Success criteria', true],
    ]);
    expect(plan.fields[0]!.value).toBe('14 July 2026');
    expect(plan.aims.map((a) => a.label)).toEqual(['Aim: Improve reading for pupils with SEN in Years 1 to 4', 'Aim: Involve parents more in reviews', 'Aim: Help teachers adapt lessons']);
    expect([plan.table.complete, plan.totalCost.complete]).toEqual([true, true]);
    expect([coverage.covered, coverage.applicable]).toEqual([9, 9]);
    expect(await lensTitles(uri)).toEqual(['SEN action plan: 9 of 9 parts complete']);

    const changed = text
      .replace('| 1 September 2026 to 18 December 2026 |', '| 18 December 2026 to 1 September 2026 |')
      .replace('**Lead person:** Mrs Helen Achebe, special educational needs co-ordinator (SENCO)', '**Lead person:** ')
      .replace('| Total cost | | | | £1,950 | | |', '');
    const after = (await coverageOf(changed)).coverage.actionPlan!;
    expect(after.aims.map((a) => a.complete)).toEqual([true, false, true]);
    expect(after.aims[1]!.problems.join(' ')).toMatch(/ends .* before it starts/);
    expect(after.fields[1]).toMatchObject({ label: 'Lead person', complete: false });
    expect(after.totalCost.complete).toBe(false);
    expect(after.totalCost.problems.join(' ')).toMatch(/total cost/);
  });

  it('Wales ALN policy: no checklist, and says why and what is checked instead', async () => {
    const { uri, coverage } = await coverageOf(readSample('aln-policy-wales.md'));
    expect(coverage).toMatchObject({ documentKind: 'aln-policy', jurisdiction: 'wales', applicable: 0, items: [] });
    expect(coverage.noChecklist!.why).toMatch(/Schedule 1/);
    expect(coverage.noChecklist!.checkedInstead.join(' ')).toMatch(/EHC plan/);
    expect(await lensTitles(uri)).toEqual([expect.stringMatching(/^No statutory checklist/)]);
  });
});
