// npm run bench: in one run, how long the engine takes to lint the samples and
// the dev corpus compared with bare remark-parse (target: at most 1.3x), how
// much the plain-language rules add (target: at most 30%), then the language
// server latency bench if present. Uses the engine bundle built by esbuild.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const enginePath = join(root, 'dist/engine.mjs');
if (!existsSync(enginePath)) {
  console.error('bench: dist/engine.mjs is missing; run `npm run build` first (npm run bench does).');
  process.exit(2);
}
const { lint, rules, languageRules } = await import(enginePath);

// The plain-language rules (issue 3); every other rule belongs to the statutory-coverage engine.
const LANGUAGE_RULES = new Set(languageRules.map((r) => r.meta.id));
const allIds = rules.map((r) => r.meta.id);
const coverageIds = allIds.filter((id) => !LANGUAGE_RULES.has(id));
const languageIds = allIds.filter((id) => LANGUAGE_RULES.has(id));
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 1500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const NOW = new Date('2025-09-01T12:00:00Z');

function documents(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const devDir = [join(root, 'tests/corpus/dev'), join(root, '../shared/corpus/dev')].find(existsSync);
const sets = [
  { name: 'samples/', docs: documents(join(root, 'samples')) },
  ...(devDir ? [{ name: devDir.startsWith(root) ? 'tests/corpus/dev/' : devDir, docs: documents(devDir) }] : []),
];

const bareParser = unified().use(remarkParse);
// The same parser set-up as server/src/engine/parse.ts: frontmatter and GFM tables only.
function gfmTables() {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
const fullParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmTables);
const everyDoc = (docs, fn) => () => {
  for (const text of docs) fn(text);
};

// CPU time of this process (all its threads, so garbage collection counts) by
// default: unlike wall time it stays fair when other work shares the machine.
const WALL = process.env.BENCH_CLOCK === 'wall';
const clock = WALL
  ? () => performance.now()
  : () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
const PER_RULE = process.argv.includes('--per-rule');
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;
const verdict = (ok) => (ok ? 'ok' : 'OVER TARGET');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs the tasks in several short rounds, rotating their order, and keeps each
 * task's median mean: on a busy machine this keeps the ratios between tasks
 * honest, which one long run per task does not.
 */
async function measure(tasks, rounds = ROUNDS) {
  const means = new Map(tasks.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: TIME_MS / rounds, iterations: 2, warmupTime: 0, warmupIterations: 1, now: clock });
    const order = tasks.map((_, i) => tasks[(i + round) % tasks.length]);
    for (const [name, fn] of order) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) means.get(task.name).push(task.result.latency.mean);
  }
  return new Map([...means].map(([name, xs]) => [name, { ms: median(xs), spread: (Math.max(...xs) - Math.min(...xs)) / median(xs) }]));
}

console.log(
  `sendlint bench: node ${process.version}, ${rules.length} rules (${languageIds.length} language rules), ${ROUNDS} rounds, ~${TIME_MS} ms per task, ` +
    `${WALL ? 'wall-clock time' : 'CPU time of this process (BENCH_CLOCK=wall for wall-clock)'}\n`,
);
const summary = [];
for (const set of sets) {
  const words = set.docs.reduce((n, t) => n + t.split(/\s+/).length, 0);
  const tasks = [
    ['bare remark-parse', everyDoc(set.docs, (t) => bareParser.parse(t))],
    ['remark-parse + frontmatter + gfm tables', everyDoc(set.docs, (t) => fullParser.parse(t))],
    ['engine lint(), no rules (parse, model, coverage)', everyDoc(set.docs, (t) => lint(t, { now: NOW, onlyRules: [] }))],
    ['engine lint(), coverage rules only', everyDoc(set.docs, (t) => lint(t, { now: NOW, onlyRules: coverageIds }))],
    ['engine lint(), all rules', everyDoc(set.docs, (t) => lint(t, { now: NOW }))],
  ];
  const results = await measure(tasks);
  const bare = results.get(tasks[0][0]).ms;
  const [full, , coverageOnly, all] = tasks.slice(1).map(([name]) => results.get(name).ms);
  console.log(`${set.name}: ${set.docs.length} documents, ${words} words (median time of one pass over all of them)`);
  console.table(
    [...results].map(([task, r]) => ({ task, 'ms per pass': r.ms.toFixed(1), 'round spread': pct(r.spread).slice(1), 'x bare parse': (r.ms / bare).toFixed(2) })),
  );
  const ratio = all / bare;
  const languageShare = all / coverageOnly - 1;
  summary.push(
    `${set.name}: engine = ${ratio.toFixed(2)}x bare remark-parse (target <= 1.3: ${verdict(ratio <= 1.3)}), ` +
      `${(all / full).toFixed(2)}x the engine's own parser set-up; ` +
      `language rules add ${pct(languageShare)} to the engine (target <= +30%: ${verdict(languageShare <= 0.3)})`,
  );
}

// Where the time goes, rule by rule (npm run bench -- --per-rule): what each rule adds, on the largest set.
if (PER_RULE) {
  const largest = sets.at(-1);
  const perRule = await measure([
    ['(no rules)', everyDoc(largest.docs, (t) => lint(t, { now: NOW, onlyRules: [] }))],
    ...allIds.map((id) => [id, everyDoc(largest.docs, (t) => lint(t, { now: NOW, onlyRules: [id] }))]),
  ]);
  const base = perRule.get('(no rules)').ms;
  console.log(`\nCost of each rule on ${largest.name} (ms per pass added to ${base.toFixed(1)} ms with no rules):`);
  console.table(
    allIds
      .map((id) => ({ rule: id, group: LANGUAGE_RULES.has(id) ? 'language' : 'coverage', 'ms added': perRule.get(id).ms - base }))
      .sort((a, b) => b['ms added'] - a['ms added'])
      .map((r) => ({ ...r, 'ms added': r['ms added'].toFixed(1) })),
  );
}

console.log(`\n${summary.join('\n')}`);
console.log(`\ncoverage rules: ${coverageIds.join(', ')}\nlanguage rules: ${languageIds.join(', ') || '(none registered yet)'}`);

const lspBench = join(root, 'bench/lsp-latency.mjs');
if (existsSync(lspBench)) {
  console.log('\nbench/lsp-latency.mjs:');
  const run = spawnSync(process.execPath, [lspBench], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
