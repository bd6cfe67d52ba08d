import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PUSH_CAPABILITIES, SERVER, startClient, type TestClient } from './lsp-client.js';

const REPORT = '# SEN information report\n\nChildren with an EHCP have an annual review.\n';

describe.skipIf(!existsSync(SERVER))('configuration in the language server', () => {
  let dir: string;
  let client: TestClient;
  let docUri: string;
  let configUri: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sendlint-lsp-'));
    writeFileSync(join(dir, 'report.md'), REPORT);
    docUri = pathToFileURL(join(dir, 'report.md')).href;
    configUri = pathToFileURL(join(dir, '.sendlintrc.yaml')).href;
    client = await startClient(PUSH_CAPABILITIES, { diagnosticsDelay: 0 });
  });
  afterAll(async () => {
    expect(await client.close()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports an invalid config file once, on its line, and still checks documents with defaults', async () => {
    writeFileSync(join(dir, '.sendlintrc.yaml'), '# team settings\nsetting: mainstream-primary\nrules:\n  missing-requirement: sometimes\n');
    const onConfig = client.nextDiagnostics(configUri);
    const onDoc = client.nextDiagnostics(docUri);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'markdown', version: 1, text: REPORT } });
    const config = await onConfig;
    expect(config.diagnostics).toHaveLength(1);
    expect(config.diagnostics[0]).toMatchObject({ code: 'invalid-config', severity: 1, range: { start: { line: 3 } } });
    expect(config.diagnostics[0]!.message).toContain('missing-requirement');
    expect((await onDoc).diagnostics.some((d) => d.code === 'missing-requirement')).toBe(true);
  });

  it('updates the config diagnostic when the file is still invalid in another way', async () => {
    writeFileSync(join(dir, '.sendlintrc.yaml'), 'setting: mainstream-primary\nreadabilityTarget: high\n');
    const updated = client.nextDiagnostics(configUri);
    const relinted = client.nextDiagnostics(docUri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const config = await updated;
    await relinted;
    expect(config.diagnostics).toHaveLength(1);
    expect(config.diagnostics[0]).toMatchObject({ range: { start: { line: 1 } } });
    expect(config.diagnostics[0]!.message).toContain('readabilityTarget');
  });

  it('re-checks when a watched config file changes, and clears the config diagnostic once it is valid', async () => {
    writeFileSync(join(dir, '.sendlintrc.yaml'), 'rules:\n  missing-requirement: "off"\n');
    const cleared = client.nextDiagnostics(configUri, (p) => p.diagnostics.length === 0);
    const relinted = client.nextDiagnostics(docUri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await cleared;
    expect((await relinted).diagnostics.some((d) => d.code === 'missing-requirement')).toBe(false);
  });

  it('merges editor settings over the config file', async () => {
    const relinted = client.nextDiagnostics(docUri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sendlint: { rules: { 'missing-requirement': 'warning' } } } });
    const missing = (await relinted).diagnostics.filter((d) => d.code === 'missing-requirement');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((d) => d.severity === 2)).toBe(true);
  });

  it('adds an acronym to the allow-list in the config file, keeping its comments', async () => {
    writeFileSync(join(dir, '.sendlintrc.yaml'), '# our settings\nrules:\n  missing-requirement: "off"\n');
    await client.connection.sendRequest('workspace/executeCommand', { command: 'sendlint.server.allowAcronym', arguments: ['EHCP', docUri] });
    const text = readFileSync(join(dir, '.sendlintrc.yaml'), 'utf8');
    expect(text).toMatch(/^# our settings\n/);
    expect(text).toMatch(/allowAcronyms:\n\s+- EHCP/);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'sendlint.server.allowAcronym', arguments: ['SENCO', docUri] });
    expect(readFileSync(join(dir, '.sendlintrc.yaml'), 'utf8')).toMatch(/allowAcronyms:\n\s+- EHCP\n\s+- SENCO/);
  });
});
