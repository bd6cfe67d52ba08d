import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  FullDocumentDiagnosticReport,
  Hover,
  PublishDiagnosticsParams,
  SnippetTextEdit,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { NotificationType } from 'vscode-languageserver-protocol';
import { COVERAGE_CHANGED_NOTIFICATION, COVERAGE_REQUEST, TEMPLATE_REQUEST, type CoverageResponse, type TemplateResponse } from '../../server/src/lsp/protocol.js';
import { PULL_CAPABILITIES, PUSH_CAPABILITIES, SERVER, startClient, type TestClient } from './lsp-client.js';

const REPORT = [
  '# SEN information report',
  '',
  'Children with an EHCP have an annual review.',
  '',
  '## Who is our SENCO?',
  '',
  'Our special educational needs co-ordinator (SENCO) is Ms Jane Patel. Email senco@example.sch.uk or call 01234 567890.',
  '',
].join('\n');

const uri = 'file:///virtual/report.md';

function open(client: TestClient, docUri: string, text: string, version = 1): Promise<void> {
  return client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'markdown', version, text } });
}

function pull(client: TestClient, docUri: string, previousResultId?: string) {
  return client.connection.sendRequest<FullDocumentDiagnosticReport | { kind: 'unchanged'; resultId: string }>('textDocument/diagnostic', {
    textDocument: { uri: docUri },
    previousResultId,
  });
}

async function pullFull(client: TestClient, docUri: string): Promise<FullDocumentDiagnosticReport> {
  const report = await pull(client, docUri);
  expect(report.kind).toBe('full');
  return report as FullDocumentDiagnosticReport;
}

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.code === rule);
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

describe.skipIf(!existsSync(SERVER))('language server over stdio (dist/server.cjs)', () => {
  describe('a client with pull diagnostics', () => {
    let client: TestClient;
    const coverageNotes: CoverageResponse[] = [];

    beforeAll(async () => {
      client = await startClient(PULL_CAPABILITIES);
      client.connection.onNotification(new NotificationType<CoverageResponse>(COVERAGE_CHANGED_NOTIFICATION), (p) => {
        coverageNotes.push(p);
      });
      await open(client, uri, REPORT);
    });
    afterAll(async () => {
      expect(await client.close()).toBe(0);
    });

    it('offers pull diagnostics and incremental sync', () => {
      expect(client.initialize.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
      expect(client.initialize.capabilities.textDocumentSync).toMatchObject({ change: 2 });
    });

    it('returns findings as diagnostics with rule, link and severity', async () => {
      const report = await pullFull(client, uri);
      const missing = byRule(report.items, 'missing-requirement');
      expect(missing.length).toBeGreaterThan(0);
      for (const d of report.items) {
        expect(d.source).toBe('sendlint');
        expect(d.codeDescription?.href).toContain(String(d.code));
        expect([1, 2, 3, 4]).toContain(d.severity);
      }
      expect(missing.some((d) => messageOf(d).includes('Complaints'))).toBe(true);
      // Unchanged text: the client is told so instead of receiving everything again.
      expect((await pull(client, uri, report.resultId)).kind).toBe('unchanged');
      expect(coverageNotes.at(-1)).toMatchObject({ uri, applicable: expect.any(Number) });
    });

    it('applies incremental changes: frontmatter saying the kind changes which law applies, later findings move', async () => {
      const before = await pullFull(client, uri);
      const ehcpBefore = before.items.find((d) => messageOf(d).includes('EHCP'));
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '---\ntype: sen-policy\n---\n' }],
      });
      const after = await pullFull(client, uri);
      expect(after.resultId).not.toBe(before.resultId);
      // Schedule 1 applies to information reports, not to a policy on its own.
      expect(after.items.filter((d) => messageOf(d).includes('Schedule 1'))).toHaveLength(0);
      if (ehcpBefore) {
        const ehcpAfter = after.items.find((d) => d.message === ehcpBefore.message);
        expect(ehcpAfter?.range.start.line).toBe(ehcpBefore.range.start.line + 3);
      }
      // ...and back again by deleting exactly those three lines.
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, text: '' }],
      });
      expect((await pullFull(client, uri)).items).toEqual(before.items.map((d) => ({ ...d, data: { ...d.data, version: 3 } })));
    });

    it('offers a quick fix, resolved to a snippet edit, and suppression comments', async () => {
      const report = await pullFull(client, uri);
      const complaints = report.items.find((d) => d.code === 'missing-requirement' && messageOf(d).includes('Complaints'))!;
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: complaints.range,
        context: { diagnostics: [complaints] },
      });
      const fix = actions.find((a) => a.title.startsWith('Add a section'))!;
      expect(fix.kind).toBe('quickfix');
      expect(fix.edit).toBeUndefined(); // computed on resolve
      const resolved = await client.connection.sendRequest<CodeAction>('codeAction/resolve', fix);
      const change = resolved.edit!.documentChanges![0] as TextDocumentEdit;
      expect(change.textDocument).toEqual({ uri, version: 3 });
      const snippet = change.edits[0] as unknown as SnippetTextEdit;
      expect(snippet.snippet.kind).toBe('snippet');
      expect(snippet.snippet.value).toMatch(/\$\{1:/);
      expect(snippet.range.start).toEqual(snippet.range.end); // an insertion

      const disable = actions.find((a) => a.title.includes('for this line'))!;
      const disableEdit = ((await client.connection.sendRequest<CodeAction>('codeAction/resolve', disable)).edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit;
      expect(disableEdit.newText).toBe('<!-- sendlint-disable-next-line missing-requirement -->\n');
      expect(disableEdit.range.start).toEqual({ line: complaints.range.start.line, character: 0 });
      const file = actions.find((a) => a.title.includes('whole file'))!;
      const fileEdit = ((await client.connection.sendRequest<CodeAction>('codeAction/resolve', file)).edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit;
      expect(fileEdit.newText).toBe('<!-- sendlint-disable-file missing-requirement -->\n');
    });

    it('hovers: an acronym, a finding on the title, a heading', async () => {
      const acronym = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 19 } });
      expect(JSON.stringify(acronym.contents)).toContain('Education, Health and Care plan');
      expect(acronym.range).toEqual({ start: { line: 2, character: 17 }, end: { line: 2, character: 21 } });
      const title = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      expect(JSON.stringify(title.contents)).toMatch(/The law requires.*Source: /);
      const heading = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 5 } });
      expect(JSON.stringify(heading.contents)).toContain('SENCO name and contact details');
    });

    it('completes missing headings after #, frontmatter keys and values, and acronym expansions', async () => {
      const doc = 'file:///virtual/completion.md';
      await open(client, doc, `---\nty\nsetting: \n---\n${REPORT}\n## \nThe SENDIA`);
      const lines = `---\nty\nsetting: \n---\n${REPORT}\n## \nThe SENDIA`.split('\n');
      const at = async (line: number, character: number) =>
        client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri: doc }, position: { line, character } });
      expect((await at(1, 2)).map((i) => i.label)).toEqual(expect.arrayContaining(['type', 'jurisdiction', 'review-date']));
      expect((await at(2, 9)).map((i) => i.label)).toContain('mainstream-primary');
      const headings = await at(lines.length - 2, 3);
      const complaints = headings.find((i) => i.detail?.includes('Complaints'))!;
      expect(complaints.insertTextFormat).toBe(2);
      expect(headings.find((i) => i.detail?.includes('SENCO name'))).toBeUndefined(); // already covered
      const expansions = await at(lines.length - 1, lines.at(-1)!.length);
      expect(expansions.map((i) => i.label).join('\n')).toContain('(SENDIASS)');
    });

    it('shows coverage in a code lens, the outline and folding', async () => {
      const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      const schedule1 = lenses.find((l) => l.command?.title.startsWith('SEND Regulations 2014, Schedule 1'))!;
      expect(schedule1.command!.title).toMatch(/: \d+ of \d+ items covered$/);
      expect(schedule1.command).toMatchObject({ command: 'sendlint.showCoverage', arguments: [uri] });
      const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      expect(symbols[0]!.name).toBe('SEN information report');
      const senco = symbols[0]!.children!.find((s) => s.name === 'Who is our SENCO?')!;
      expect(senco.detail).toContain('SENCO name and contact details');
      const folds = await client.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
      expect(folds).toContainEqual(expect.objectContaining({ startLine: 4 }));
    });

    it('answers the custom coverage and template requests', async () => {
      const coverage = await client.connection.sendRequest<CoverageResponse>(COVERAGE_REQUEST, { textDocument: { uri } });
      expect(coverage.documentKind).toBe('sen-information-report');
      expect(coverage.covered).toBeGreaterThan(0);
      expect(coverage.items.find((i) => i.title === 'SENCO name and contact details')?.status).toBe('covered');
      const { text } = await client.connection.sendRequest<TemplateResponse>(TEMPLATE_REQUEST, { kind: 'sen-information-report' });
      expect(text).toMatch(/^---\ntype: sen-information-report\n/);
      expect(text).toContain('complaint');
    });
  });

  describe('a client without pull diagnostics (for example Neovim)', () => {
    let client: TestClient;
    beforeAll(async () => {
      // Long enough that a burst of 20 changes fits inside it even on a busy machine.
      client = await startClient(PUSH_CAPABILITIES, { diagnosticsDelay: 400 });
    });
    afterAll(async () => {
      expect(await client.close()).toBe(0);
    });

    it('pushes diagnostics for the open version', async () => {
      expect(client.initialize.capabilities.diagnosticProvider).toBeUndefined();
      const pushed = client.nextDiagnostics(uri);
      await open(client, uri, REPORT);
      const first = await pushed;
      expect(first.version).toBe(1);
      expect(byRule(first.diagnostics, 'missing-requirement').length).toBeGreaterThan(0);
    });

    it('after a burst of typing, publishes only for the latest version', async () => {
      const seen = client.published.length;
      const final = client.nextDiagnostics(uri, (p) => p.version === 21);
      let text = REPORT;
      for (let version = 2; version <= 21; version++) {
        const line = text.split('\n').length - 1;
        text += 'x';
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
        });
      }
      await final;
      await new Promise((r) => setTimeout(r, 200));
      const after = client.published.slice(seen).filter((p) => p.uri === uri);
      expect(after.map((p) => p.version)).toEqual([21]);
    });

    it('includes edits directly in code actions (no resolve, plain text instead of snippets)', async () => {
      const diagnostics = (client.published.filter((p) => p.uri === uri).at(-1) as PublishDiagnosticsParams).diagnostics;
      const complaints = diagnostics.find((d) => messageOf(d).includes('Complaints'))!;
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: complaints.range,
        context: { diagnostics: [complaints] },
      });
      const fix = actions.find((a) => a.title.startsWith('Add a section'))!;
      const edit = (fix.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit;
      expect(edit.newText).toMatch(/^\n+## .+\n[^]*complaints procedure/);
      expect(edit.newText).not.toContain('${1:');
    });

    it('clears diagnostics when the document closes', async () => {
      const cleared = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await cleared;
    });
  });

  it('survives garbage text and keeps answering', async () => {
    const client = await startClient(PULL_CAPABILITIES);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['#', '`', '~', '<', '>', '-', '|', '[', ']', '(', ')', '*', '_', '\n', '\r', '\t', ' ', 'A', 'EHCP', 'é', '😀', '\u0000', '\uFFFF', '\uD800', '---\n', '<!--'];
    for (let n = 0; n < 12; n++) {
      const text = Array.from({ length: 200 + Math.floor(next() * 400) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const doc = `file:///garbage/${n}.md`;
      await open(client, doc, text);
      expect((await pullFull(client, doc)).items).toBeInstanceOf(Array);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: doc, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 3, character: 2 } }, text: alphabet[n]! }],
      });
      expect((await pullFull(client, doc)).items).toBeInstanceOf(Array);
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: doc }, position: { line: 1, character: 1 } });
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: doc }, position: { line: 0, character: 1 } });
      await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: doc } });
    }
    expect(client.child.exitCode).toBeNull();
    expect(await client.close()).toBe(0);
  });
});
