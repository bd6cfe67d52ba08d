import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = join(__dirname, '..', '..');
const bundle = join(root, 'dist', 'server-browser.js');
const sample = readFileSync(join(root, 'samples', 'old-style-policy.md'), 'utf8');

const PAGE = `<!doctype html><meta charset="utf-8"><title>sendlint worker</title>
<script>
// A minimal LSP client over the worker's messages: requests by id, notifications collected.
window.startLsp = () => {
  const worker = new Worker('/server-browser.js');
  const pending = new Map();
  const notifications = [];
  let nextId = 1;
  worker.onmessage = ({ data }) => {
    if (data.id !== undefined && pending.has(data.id) && !data.method) {
      pending.get(data.id)(data);
      pending.delete(data.id);
    } else if (data.id !== undefined && data.method) {
      worker.postMessage({ jsonrpc: '2.0', id: data.id, result: null });
    } else {
      notifications.push(data);
    }
  };
  worker.onerror = (e) => notifications.push({ method: 'worker-error', params: String(e.message) });
  return {
    request: (method, params) => new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    }),
    notify: (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params }),
    notifications,
  };
};
</script>`;

/** Why the test cannot run here, if it cannot (CI installs Chromium via .ci/run). */
const missing = !existsSync(CHROMIUM)
  ? `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`
  : !existsSync(bundle)
    ? 'dist/server-browser.js is missing (run npm run build)'
    : null;

describe.skipIf(!!missing)(`language server in a web worker (dist/server-browser.js, headless Chromium)${missing ? `: SKIPPED, ${missing}` : ''}`, () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/server-browser.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(bundle));
      } else {
        res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('initializes, lints a sample, pushes diagnostics and answers a hover', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(origin);
    const result = await page.evaluate(async (text) => {
      type Lsp = {
        request: (m: string, p: unknown) => Promise<{ result?: any; error?: any }>;
        notify: (m: string, p: unknown) => void;
        notifications: { method: string; params: any }[];
      };
      const lsp = (window as unknown as { startLsp: () => Lsp }).startLsp();
      const init = await lsp.request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { diagnosticsDelay: 0 } });
      lsp.notify('initialized', {});
      const uri = 'vscode-vfs://github/school/policy.md';
      lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const started = Date.now();
      let published: any;
      while (!published && Date.now() - started < 20_000) {
        published = lsp.notifications.find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
        await new Promise((r) => setTimeout(r, 50));
      }
      const hover = await lsp.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      const shutdown = await lsp.request('shutdown', null);
      return { capabilities: init.result?.capabilities, published: published?.params, hover: hover.result, shutdownError: shutdown.error, errors: lsp.notifications.filter((n) => n.method === 'worker-error') };
    }, sample);

    expect(errors).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.capabilities.textDocumentSync.change).toBe(2);
    // Without a file system the allow-list command (which writes .sendlintrc.yaml) is not offered.
    expect(result.capabilities.executeCommandProvider.commands).not.toContain('sendlint.server.allowAcronym');
    expect(result.published.version).toBe(1);
    const rules = new Set(result.published.diagnostics.map((d: { code: string }) => d.code));
    expect(rules).toContain('missing-requirement');
    expect(result.published.diagnostics.every((d: { source: string }) => d.source === 'sendlint')).toBe(true);
    expect(result.hover.contents.value).toContain('sendlint: missing-requirement');
    expect(result.shutdownError).toBeUndefined();
  }, 60_000);
});
