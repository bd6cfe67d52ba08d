// Soak test of the built language server (dist/server.cjs) over stdio:
//   npm run soak -- [edits (default 1000)] [documents (default 20)]
// Opens the documents (copies of the samples), sends rapid random incremental edits across them while
// random requests are cancelled with $/cancelRequest, makes .sendlintrc.yaml invalid and then valid
// again mid-session, and checks: the server never exits, no document gets diagnostics for a version
// older than ones already published for it, each document's last diagnostics are for its last
// version, the invalid config gets a diagnostic which clears once fixed. Prints the server's memory
// (heap in use after a forced garbage collection, and RSS) with no document open, with all open before
// the edits, after the edits, and after closing them all: heap that grows with the number of edits,
// or stays up after every document is closed, is a leak; RSS alone also counts garbage not yet
// collected and memory V8 keeps for reuse. Exit code 1 on any failure. tests/hardening/soak.test.ts runs a shorter session.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const ROOT = new URL('..', import.meta.url).pathname;
const EDITS = Number(process.argv[2] ?? 1000);
const DOCS = Number(process.argv[3] ?? 20);
const failures = [];
const fail = (message) => {
  if (failures.length < 20) console.error(`FAIL: ${message}`);
  failures.push(message);
};

// A small deterministic generator, so a failing session can be replayed.
let seed = Number(process.env.SOAK_SEED ?? 7);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(random() * list.length)];

const dir = mkdtempSync(join(tmpdir(), 'sendlint-soak-'));
const configPath = join(dir, '.sendlintrc.yaml');
const configUri = pathToFileURL(configPath).href;
writeFileSync(configPath, 'jurisdiction: england\n');
const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.md'));
const docs = Array.from({ length: DOCS }, (_, i) => {
  const path = join(dir, `doc-${i}.md`);
  const text = readFileSync(join(ROOT, 'samples', samples[i % samples.length]), 'utf8');
  writeFileSync(path, text);
  return { uri: pathToFileURL(path).href, text, version: 1 };
});
const byUri = new Map(docs.map((d) => [d.uri, d]));

const server = spawn(process.execPath, ['--expose-gc', '--require', join(ROOT, 'scripts/soak-heap.cjs'), join(ROOT, 'dist/server.cjs'), '--stdio'], {
  stdio: ['pipe', 'pipe', 'pipe'],
});
let exited = null;
server.on('exit', (code, signal) => (exited = { code, signal }));
let stderr = '';
let heapWaiter = null;
server.stderr.on('data', (chunk) => {
  stderr += chunk;
  const report = /soak-heap (\{.*\})\n/.exec(stderr);
  if (!report) return;
  stderr = stderr.replace(report[0], '');
  heapWaiter?.(JSON.parse(report[1]));
});
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
/** The server's heap in use after a full garbage collection, and its RSS, as text. */
const memory = () =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not report its memory')), 30_000);
    heapWaiter = ({ rss, heapUsed }) => {
      clearTimeout(timer);
      heapWaiter = null;
      resolve(`heap ${mb(heapUsed)} MB, RSS ${mb(rss)} MB`);
    };
    server.kill('SIGUSR2');
  });

const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const lastPublished = new Map();
const listeners = [];
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const doc = byUri.get(params.uri);
  if (doc && params.version !== undefined) {
    const before = lastPublished.get(params.uri);
    if (before !== undefined && params.version < before.version) fail(`${params.uri}: diagnostics for version ${params.version} after version ${before.version}`);
    if (params.version > doc.version) fail(`${params.uri}: diagnostics for version ${params.version}, which was never sent`);
  }
  lastPublished.set(params.uri, params);
  for (const listener of [...listeners]) listener(params);
});
connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('window/workDoneProgress/create', () => null);
connection.listen();

const waitFor = (accept, what, timeoutMs = 180_000) =>
  new Promise((resolve, reject) => {
    const listener = (params) => {
      if (!accept(params)) return;
      listeners.splice(listeners.indexOf(listener), 1);
      clearTimeout(timer);
      resolve(params);
    };
    const timer = setTimeout(() => {
      listeners.splice(listeners.indexOf(listener), 1);
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    listeners.push(listener);
  });
const settled = (doc) => waitFor((p) => p.uri === doc.uri && p.version === doc.version, `diagnostics for ${doc.uri} version ${doc.version}`);
const alreadySettled = (doc) => lastPublished.get(doc.uri)?.version === doc.version;

// Random edits: insert a phrase the rules react to, delete a stretch, or replace a line break.
const PHRASES = ['the SENCO ', 'an EHCP ', 'CAMHS ', 'statement of SEN ', '[insert name] ', '😀 ', '\n', '\n\n## New heading\n', '- item\n', '| a | b |\n'];
function randomEdit(doc) {
  const start = Math.floor(random() * (doc.text.length + 1));
  const end = random() < 0.4 ? Math.min(doc.text.length, start + Math.floor(random() * 40)) : start;
  // Never split a surrogate pair: an editor would not.
  const safe = (o) => (o > 0 && o < doc.text.length && /[\uDC00-\uDFFF]/.test(doc.text[o]) ? o - 1 : o);
  const from = safe(start);
  const to = Math.max(from, safe(end));
  const newText = random() < 0.7 ? pick(PHRASES) : '';
  const range = { start: positionAt(doc.text, from), end: positionAt(doc.text, to) };
  doc.text = doc.text.slice(0, from) + newText + doc.text.slice(to);
  doc.version++;
  return { range, text: newText };
}
function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.match(/\r\n|\r|\n/g)?.length ?? 0;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: offset - lastBreak - 1 };
}

const started = performance.now();
let cancelled = 0;
let answered = 0;
try {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'soak' }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } } },
    initializationOptions: { diagnosticsDelay: 0 },
  });
  await connection.sendNotification('initialized', {});
  const memoryEmpty = await memory();
  for (const doc of docs) {
    const done = settled(doc);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: 'markdown', version: doc.version, text: doc.text } });
    await done;
  }
  const memoryOpen = await memory();

  const requests = [];
  for (let i = 0; i < EDITS; i++) {
    const doc = pick(docs);
    const change = randomEdit(doc);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [change] });
    // Now and then ask for hovers and code actions, and cancel about half of them at once.
    if (random() < 0.3) {
      const source = new CancellationTokenSource();
      const method = random() < 0.5 ? 'textDocument/hover' : 'textDocument/codeAction';
      const position = positionAt(doc.text, Math.floor(random() * doc.text.length));
      const params = method === 'textDocument/hover'
        ? { textDocument: { uri: doc.uri }, position }
        : { textDocument: { uri: doc.uri }, range: { start: position, end: position }, context: { diagnostics: [] } };
      requests.push(
        connection.sendRequest(method, params, source.token).then(
          () => answered++,
          (error) => (error?.code === -32800 || error?.code === -32802 ? cancelled++ : fail(`${method} failed: ${error?.message}`)),
        ),
      );
      if (random() < 0.5) source.cancel();
    }
    // Mid-session: break the config, then mend it.
    if (i === Math.floor(EDITS / 3)) {
      const invalid = waitFor((p) => p.uri === configUri && p.diagnostics.length > 0, 'a diagnostic on the invalid config');
      writeFileSync(configPath, 'jurisdiction: england\nrules:\n  missing-requirement: sometimes\n');
      await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      const diagnostic = (await invalid).diagnostics[0];
      if (!/missing-requirement/.test(diagnostic.message) || diagnostic.range.start.line !== 2) fail(`config diagnostic does not name the line and key: ${JSON.stringify(diagnostic)}`);
    }
    if (i === Math.floor((2 * EDITS) / 3)) {
      const mended = waitFor((p) => p.uri === configUri && p.diagnostics.length === 0, 'the config diagnostic to clear');
      writeFileSync(configPath, 'jurisdiction: england\n');
      await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      await mended;
    }
    if (exited) break;
  }
  await Promise.all(requests);
  // Every document settles on diagnostics for its last version.
  await Promise.all(docs.map((doc) => (alreadySettled(doc) ? null : settled(doc).catch((error) => fail(error.message)))));
  for (const doc of docs) if (!alreadySettled(doc)) fail(`${doc.uri}: last diagnostics are for version ${lastPublished.get(doc.uri)?.version}, not ${doc.version}`);
  const memoryEdited = await memory();
  for (const doc of docs) await connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
  // A request answered after the closes means the server has handled them.
  await connection.sendRequest('textDocument/hover', { textDocument: { uri: docs[0].uri }, position: { line: 0, character: 0 } }).catch(() => null);
  const memoryClosed = await memory();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`edits: ${EDITS} across ${DOCS} documents in ${seconds} s; requests answered: ${answered}, cancelled: ${cancelled}`);
  console.log(`server memory (after a forced GC): no documents: ${memoryEmpty}; all open: ${memoryOpen}; after the edits: ${memoryEdited}; all closed: ${memoryClosed}`);
  if (exited) fail(`server exited (${JSON.stringify(exited)}): ${stderr.slice(-2000)}`);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
} catch (error) {
  fail(`${error.message}${exited ? ` (server exited ${JSON.stringify(exited)}: ${stderr.slice(-2000)})` : ''}`);
  server.kill();
} finally {
  connection.dispose();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`failures: ${failures.length}`);
process.exit(failures.length === 0 ? 0 : 1);
