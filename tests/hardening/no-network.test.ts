// No network (issue 7): the CLI checking every sample, and a language server session, run with a
// preload that makes any socket connection or host lookup throw; both must succeed without trying.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER, PUSH_CAPABILITIES, startClient } from '../lsp/lsp-client.js';
import { BIN, ROOT } from '../cli/helpers.js';

const PRELOAD = join(ROOT, 'tests/hardening/no-network.cjs');

describe('no network', () => {
  it('the preload really refuses a connection and a lookup', () => {
    const probe = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "require('node:net').connect(80, 'example.org')"], { encoding: 'utf8' });
    expect(probe.status).not.toBe(0);
    expect(probe.stderr).toContain('sendlint-no-network: net.connect attempted');
    const lookup = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "require('node:dns').lookup('example.org', () => {})"], { encoding: 'utf8' });
    expect(lookup.stderr).toContain('sendlint-no-network: dns.lookup attempted');
  });

  it('the CLI checks every sample (with --jobs 2 worker threads) without opening a connection', () => {
    const mark = join(mkdtempSync(join(tmpdir(), 'sendlint-nonet-')), 'pids');
    const run = spawnSync(process.execPath, ['--require', PRELOAD, BIN, '--exit-zero', '--jobs', '2', '--format', 'json', 'samples'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', SENDLINT_NO_NETWORK_MARK: mark },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).not.toContain('sendlint-no-network');
    expect(run.status).toBe(0);
    const checked = JSON.parse(run.stdout).files.length;
    expect(checked).toBeGreaterThanOrEqual(readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.md')).length);
    expect(readFileSync(mark, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it.skipIf(!existsSync(SERVER))('the language server checks a sample without opening a connection', async () => {
    const mark = join(mkdtempSync(join(tmpdir(), 'sendlint-nonet-')), 'pids');
    const client = await startClient(PUSH_CAPABILITIES, { diagnosticsDelay: 0 }, { NODE_OPTIONS: `--require ${PRELOAD}`, SENDLINT_NO_NETWORK_MARK: mark });
    const uri = 'file:///virtual/sen-policy.md';
    const published = client.nextDiagnostics(uri, () => true, 30_000);
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(ROOT, 'samples/old-style-policy.md'), 'utf8') },
    });
    expect((await published).diagnostics.length).toBeGreaterThan(0);
    expect(await client.close()).toBe(0);
    expect(client.stderr()).not.toContain('sendlint-no-network');
    expect(readFileSync(mark, 'utf8').trim().split('\n').length, 'the preload ran in the server').toBeGreaterThanOrEqual(1);
  }, 60_000);
});
