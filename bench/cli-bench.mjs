// npm run bench:cli: sendlint's CLI on a generated trust of realistic documents
// (bench/corpus-generator.mjs, the same files every run), timed cold and warm
// cache, on one core and on all, and against markdownlint-cli2, textlint (with
// a sentence-length rule) and alex on the same files. Those three are not
// project dependencies: they are installed into .cache/bench-tools on first use
// (skipped, and said so, when that fails). Prints wall-clock times and ratios.
//
// Each sendlint timing is the median of --runs runs (the other tools take
// minutes, so they run once). The machine's load average is printed before and
// after, since timings taken while other work runs are inflated.
//
// Usage: node bench/cli-bench.mjs [--count 500] [--runs 1] [--no-others] [--cache-only]
// (--cache-only: only the cold and warm cache runs, for work on the cache.)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus-generator.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '500' },
    runs: { type: 'string', default: '1' },
    'no-others': { type: 'boolean', default: false },
    'cache-only': { type: 'boolean', default: false },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.cache/bench-cli');
const corpus = join(work, 'corpus');
const tools = join(root, '.cache/bench-tools');
// The built CLI: its front, its engine side and what its worker threads start from.
const CLI_FILES = ['cli.cjs', 'cli-worker.cjs', 'cli-thread.mjs'];
const count = Number(values.count);
const runs = Math.max(1, Number(values.runs) || 1);

for (const f of CLI_FILES) {
  if (!existsSync(join(root, 'dist', f))) {
    console.error(`bench: dist/${f} is missing; run npm run build first (npm run bench:cli does).`);
    process.exit(2);
  }
}
// A private copy of the CLI, so a rebuild during the run (which changes the cache key) cannot skew it.
const bin = join(work, 'dist');
mkdirSync(bin, { recursive: true });
for (const f of CLI_FILES) copyFileSync(join(root, 'dist', f), join(bin, f));
generateCorpus(corpus, count, 1);

// GNU time, where there is one, adds the CPU seconds used, which a busy machine distorts less than wall-clock time.
const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);

/** Runs a command once; returns { wall, cpu } in seconds (cpu null without GNU time), or null when it failed. */
function runOnce(label, command, args) {
  const start = process.hrtime.bigint();
  const [cmd, argv] = hasGnuTime ? [GNU_TIME, ['-f', 'cpu %U %S', command, ...args]] : [command, args];
  const run = spawnSync(cmd, argv, { cwd: corpus, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuLine = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr ?? '');
  const cpu = cpuLine ? Number(cpuLine[1]) + Number(cpuLine[2]) : null;
  // Exit 1 means "found problems" for every tool here; anything else is a failure.
  if (run.error || (run.status !== 0 && run.status !== 1)) {
    console.error(`bench: ${label} failed (${run.error?.message ?? `exit ${run.status}`}): ${(run.stderr ?? '').slice(0, 400)}`);
    return null;
  }
  return { wall, cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Times a command `times` times (calling `before` ahead of each run) and prints the median wall and CPU time. */
function time(label, command, args, { times = 1, before = () => {} } = {}) {
  const results = [];
  for (let i = 0; i < times; i++) {
    before();
    const result = runOnce(label, command, args);
    if (!result) return null;
    results.push(result);
  }
  const wall = median(results.map((r) => r.wall));
  const cpu = results.every((r) => r.cpu !== null) ? median(results.map((r) => r.cpu)) : null;
  const of = times > 1 ? `  (median of ${times})` : '';
  console.log(`${label.padEnd(44)} ${wall.toFixed(2).padStart(8)} s wall${cpu === null ? '' : `  ${cpu.toFixed(2).padStart(8)} s CPU`}${of}`);
  return { wall, cpu };
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');

const cores = availableParallelism();
const cacheFile = join(work, 'sendlintcache.json');
// The default (stylish) report, written to a file as the other tools' reports are printed.
const out = join(work, 'out.txt');
const sendlint = (label, args, options = {}) => time(label, process.execPath, [join(bin, 'cli.cjs'), '--output', out, ...args, '.'], { times: runs, ...options });

console.log(`sendlint CLI benchmark: ${count} documents in ${Math.ceil(count / 5)} school folders, ${cores} cores, Node ${process.version}`);
console.log(`load average at the start (1, 5, 15 min): ${load()}\n`);
const cacheOnly = values['cache-only'];
const oneCore = cacheOnly ? null : sendlint('sendlint, 1 core, no cache', ['--jobs', '1']);
const allCores = cacheOnly ? null : sendlint(`sendlint, all ${cores} cores, no cache`, []);
const withCache = ['--cache', '--cache-location', cacheFile];
const cold = sendlint('sendlint --cache, cold (empty cache)', withCache, { before: () => rmSync(cacheFile, { force: true }) });
const warm = sendlint('sendlint --cache, warm (nothing changed)', withCache);

/** Installs the other tools into .cache/bench-tools once; returns false (and says why) when that is not possible. */
function installOthers() {
  const wanted = ['markdownlint-cli2', 'textlint', 'alex'];
  if (wanted.every((b) => existsSync(join(tools, 'node_modules/.bin', b)))) return true;
  mkdirSync(tools, { recursive: true });
  if (!existsSync(join(tools, 'package.json'))) writeFileSync(join(tools, 'package.json'), '{"name":"bench-tools","private":true}\n');
  console.log('\ninstalling markdownlint-cli2, textlint, textlint-rule-sentence-length and alex into .cache/bench-tools ...');
  const run = spawnSync('npm', ['install', '--no-audit', '--no-fund', 'markdownlint-cli2', 'textlint', 'textlint-rule-sentence-length', 'alex'], {
    cwd: tools,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0) {
    console.log(`could not install them (${run.error?.message ?? run.stderr.trim().split('\n').pop()}), so they are not compared.`);
    return false;
  }
  return true;
}

const others = {};
if (!values['no-others'] && !cacheOnly && installOthers()) {
  const toolBin = (name) => join(tools, 'node_modules/.bin', name);
  const textlintrc = join(work, 'textlintrc.json');
  writeFileSync(textlintrc, JSON.stringify({ rules: { 'sentence-length': { max: 30 } } }));
  console.log('');
  others['markdownlint-cli2'] = time('markdownlint-cli2 (default rules)', toolBin('markdownlint-cli2'), ['**/*.md']);
  others.textlint = time('textlint (sentence-length rule)', toolBin('textlint'), ['--config', textlintrc, '--rules-base-directory', join(tools, 'node_modules'), '**/*.md']);
  others.alex = time('alex', toolBin('alex'), ['.']);
}

const ratio = (a, b, key = 'wall') => (a?.[key] && b?.[key] ? `${(a[key] / b[key]).toFixed(1)}x` : 'n/a');
console.log(`\nload average at the end (1, 5, 15 min): ${load()}`);
console.log('\nRatios of wall-clock time (higher means sendlint is faster)');
console.log(`  warm cache vs cold cache:        ${ratio(cold, warm)} (target >= 20x; CPU time ${ratio(cold, warm, 'cpu')})`);
console.log(`  all ${cores} cores vs 1 core:            ${ratio(oneCore, allCores)}`);
for (const [name, seconds] of Object.entries(others)) {
  console.log(`  ${`${name} time / sendlint (all cores, no cache):`.padEnd(52)} ${ratio(seconds, allCores)} (target >= 1x)`);
}
// The others use one thread. On a machine other work keeps busy, sendlint's extra threads cannot get more CPU
// (Linux shares it between sessions, not threads), so the one-core comparison is printed too.
for (const [name, seconds] of Object.entries(others)) {
  console.log(`  ${`${name} time / sendlint (1 core, no cache):`.padEnd(52)} ${ratio(seconds, oneCore)}`);
}
