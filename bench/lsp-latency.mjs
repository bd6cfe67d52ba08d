// npm run bench:lsp (also run by npm run bench): keystroke-to-diagnostics latency
// of the language server. A scripted session over stdio opens a ~45 KB report
// (built from the samples and the dev corpus), types 200 single characters in
// the middle of it, and after each one times didChange -> pull diagnostics
// response. The same session runs against a server that re-parses the whole
// document on every change (SENDLINT_FULL_PARSE=1), in the same run.
// Target: p95 <= 20 ms with incremental re-parse.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

// CommonJS package: load it through require so its named exports resolve.
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)('vscode-languageserver-protocol/node');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'dist/server.cjs');
const TARGET_BYTES = 45_000;
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 200);
const WARMUP = 20;
const TARGET_P95_MS = 20;

if (!existsSync(server)) {
  console.error('bench:lsp: dist/server.cjs is missing; run `npm run build` first (npm run bench:lsp does).');
  process.exit(2);
}

/** One long report: the samples, then the dev corpus, frontmatter dropped after the first, cut at a paragraph near 45 KB. */
function buildReport() {
  const dirs = ['samples', 'tests/corpus/dev'].map((d) => join(root, d)).filter(existsSync);
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => join(d, f)));
  let text = '';
  for (const file of files) {
    const body = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    text += text ? `\n${body.replace(/^---\n[\s\S]*?\n---\n/, '')}` : body;
    if (text.length >= TARGET_BYTES) break;
  }
  const cut = text.indexOf('\n\n', TARGET_BYTES);
  return cut > 0 ? text.slice(0, cut + 1) : text;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function session(text, fullParse) {
  const child = spawn(process.execPath, [server, '--stdio'], {
    env: { ...process.env, SENDLINT_FULL_PARSE: fullParse ? '1' : '0' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  const timings = new Map();
  connection.onNotification('sendlint/timing', (t) => timings.set(t.version, t));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } },
    initializationOptions: { reportTiming: true },
  });
  await connection.sendNotification('initialized', {});
  const uri = 'file:///bench/report.md';
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });

  // Type at the end of a paragraph in the middle of the document.
  const middle = text.indexOf('.\n', Math.floor(text.length / 2)) + 1;
  const before = text.slice(0, middle).split('\n');
  let line = before.length - 1;
  let character = before.at(-1).length;
  const typed = ' Parents can talk to the SENCO at any time during the school year.';
  const latencies = [];
  let findings = 0;
  for (let i = 0; i < WARMUP + KEYSTROKES; i++) {
    const ch = typed[i % typed.length];
    const at = { line, character };
    const started = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: at, end: at }, text: ch }],
    });
    const report = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const elapsed = performance.now() - started;
    if (i >= WARMUP) latencies.push(elapsed);
    findings = report.items?.length ?? findings;
    character++;
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  const measured = [...timings.values()].filter((t) => t.version >= WARMUP + 2);
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) };
  };
  return { ...stats(latencies), parse: stats(measured.map((t) => t.parseMs)), lint: stats(measured.map((t) => t.lintMs)), findings };
}

const text = buildReport();
console.log(`LSP latency: ${(text.length / 1000).toFixed(1)} KB report, ${text.split('\n').length} lines, ${KEYSTROKES} keystrokes (after ${WARMUP} warm-up), didChange -> pull diagnostics`);
const incremental = await session(text, false);
const full = await session(text, true);
const ms = (v) => `${v.toFixed(1).padStart(7)} ms`;
const row = (name, r) => `  ${name.padEnd(24)} p50 ${ms(r.p50)}   p95 ${ms(r.p95)}   max ${ms(r.max)}`;
for (const [name, r] of [['incremental re-parse', incremental], ['full re-parse', full]]) {
  console.log(`${row(name, r)}   (${r.findings} findings)`);
  console.log(`${row('    of which parse+model', r.parse)}`);
  console.log(`${row('    of which rules', r.lint)}`);
}
const ok = incremental.p95 <= TARGET_P95_MS;
console.log(`  target p95 <= ${TARGET_P95_MS} ms with incremental re-parse: ${ok ? 'met' : 'NOT met'}; full/incremental p95 = ${(full.p95 / incremental.p95).toFixed(1)}x`);
if (incremental.findings !== full.findings) {
  console.error(`  incremental and full sessions disagree: ${incremental.findings} vs ${full.findings} findings`);
  process.exitCode = 1;
}
