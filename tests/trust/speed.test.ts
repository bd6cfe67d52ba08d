import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { CACHE_FORMAT, ResultCache } from '../../server/src/cli/cache.js';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script shared with the benchmark, without type declarations.
import { generateCorpus } from '../../bench/corpus-generator.mjs';
import { BIN, sendlint as sendlintSmall, tempTree, type Run } from '../cli/helpers.js';

/** The CLI with room for the megabytes of JSON a corpus gives (the shared helper keeps Node's 1 MB default). */
function sendlint(args: string[], cwd: string): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

type JsonFile = { path: string; coverage: { requirement: string; status: string }[]; findings: unknown[] };
const files = (stdout: string) => JSON.parse(stdout).files as JsonFile[];

// 16 documents: enough for the CLI to use two worker threads (it checks fewer than 16 in one thread).
const COUNT = 16;
const dir = tempTree();
const corpus = join(dir, 'trust');
const paths = generateCorpus(corpus, COUNT, 7) as string[];
const cacheFile = join(dir, 'cache.json');
const lintJson = (...args: string[]) => sendlint(['--format', 'json', ...args, 'trust'], dir);

describe('corpus generator', () => {
  it('is deterministic', () => {
    const again = tempTree();
    generateCorpus(join(again, 'trust'), COUNT, 7);
    for (const p of paths) expect(readFileSync(join(again, 'trust', p), 'utf8')).toBe(readFileSync(join(corpus, p), 'utf8'));
  });
});

// Checking a corpus takes seconds per run, longer on a busy machine.
describe('worker pool and cache', { timeout: 300_000 }, () => {
  const serial = lintJson('--jobs', '1', '--cache', '--cache-location', cacheFile);

  it('all cores give the same report as one', () => {
    expect(files(serial.stdout)).toHaveLength(COUNT);
    const parallel = lintJson('--jobs', '2');
    expect(parallel.stderr).toBe(serial.stderr);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('a warm cache gives the same report, and a changed document or config is checked again', () => {
    expect(existsSync(cacheFile)).toBe(true);
    const warm = lintJson('--cache', '--cache-location', cacheFile);
    expect(warm.stdout).toBe(serial.stdout);

    // Damage one document's SENCO section heading and text: only its result changes.
    const target = paths.find((p) => p.includes('complete-information-report'))!;
    const before = files(warm.stdout).find((f) => f.path === `trust/${target}`)!;
    const file = join(corpus, target);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n## [^\n]*special educational needs co-ordinator[^]*?(?=\n## )/i, '\n'));
    const edited = files(lintJson('--cache', '--cache-location', cacheFile).stdout);
    const after = edited.find((f) => f.path === `trust/${target}`)!;
    expect(after.coverage.find((c) => c.requirement.endsWith('sch1/4'))!.status).not.toBe(before.coverage.find((c) => c.requirement.endsWith('sch1/4'))!.status);
    expect(edited.filter((f) => f.path !== after.path)).toEqual(files(warm.stdout).filter((f) => f.path !== after.path));

    // A school's config changes the setting its documents are checked for.
    const school = target.split('/')[0]!;
    writeFileSync(join(corpus, school, '.sendlintrc.yaml'), 'setting: special\n');
    const noFrontmatter = (list: JsonFile[]) => list.filter((f) => f.path.startsWith(`trust/${school}/old-style`)) as (JsonFile & { setting: string })[];
    expect(noFrontmatter(edited).map((f) => f.setting)).not.toContain('special');
    const reconfigured = files(lintJson('--cache', '--cache-location', cacheFile).stdout);
    expect(noFrontmatter(reconfigured).length).toBeGreaterThan(0);
    for (const f of noFrontmatter(reconfigured)) expect(f.setting).toBe('special');
  });

  it('a damaged cache file is ignored, not trusted', () => {
    writeFileSync(cacheFile, `{"format":${CACHE_FORMAT},"entries":`);
    expect(lintJson('--cache', '--cache-location', cacheFile).code).toBe(1);
    expect(readFileSync(cacheFile, 'latin1')).toMatch(new RegExp(`^sendlint-cache ${CACHE_FORMAT} `));
  });
});

describe('ResultCache', () => {
  it('keeps results by key, and leaves the file alone after a run that added nothing', () => {
    const file = join(tempTree(), 'cache.json');
    const entry = { result: { documentKind: 'sen-policy', findings: [] } } as never;
    const first = ResultCache.open(file);
    expect(first.get('a')).toBeUndefined();
    first.set('a', entry);
    expect(first.save()).toBeNull();
    const written = statSync(file).mtimeMs;
    const second = ResultCache.open(file);
    expect(second.get('a')).toEqual({ counts: [0, 0, 0, 0], result: (entry as { result: unknown }).result });
    expect(second.get('b')).toBeUndefined();
    expect(second.save()).toBeNull();
    expect(statSync(file).mtimeMs).toBe(written);
  });
});

describe('--shard and report --merge', { timeout: 300_000 }, () => {
  it('shards split the documents into near-equal parts that cover each exactly once, and merge back into the same matrix', () => {
    const shardCache = join(dir, 'shard-cache.json');
    const shards = [1, 2, 3].map((i) => lintJson('--shard', `${i}/3`, '--exit-zero', '--cache', '--cache-location', shardCache));
    const shardPaths = shards.map((s) => files(s.stdout).map((f) => f.path));
    const all = paths.map((p) => `trust/${p}`).sort();
    expect(shardPaths.flat().sort()).toEqual(all);
    expect(new Set(shardPaths.flat()).size).toBe(all.length);
    expect(shardPaths.map((p) => p.length).sort()).toEqual([5, 5, 6]);
    // The split depends only on the paths: the same on every run.
    expect(files(lintJson('--shard', '2/3', '--exit-zero', '--cache', '--cache-location', shardCache).stdout).map((f) => f.path)).toEqual(shardPaths[1]);

    shards.forEach((s, i) => writeFileSync(join(dir, `shard-${i + 1}.json`), s.stdout));
    expect(sendlint(['report', '--merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--csv', 'merged.csv'], dir).code).toBe(0);
    expect(sendlint(['report', 'trust', '--csv', 'direct.csv', '--cache', '--cache-location', shardCache], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'merged.csv'), 'utf8')).toBe(readFileSync(join(dir, 'direct.csv'), 'utf8'));
  });

  it('refuses a bad shard and a file that is not sendlint JSON', () => {
    expect(lintJson('--shard', '4/3').stderr).toMatch(/--shard needs "i\/n" with 1 <= i <= n/);
    writeFileSync(join(dir, 'other.json'), '{"runs": []}');
    const run = sendlint(['report', '--merge', 'other.json', '--csv', 'x.csv'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/other\.json: not a sendlint --format json report/);
  });
});

describe('--changed-since', { timeout: 120_000 }, () => {
  const git = (cwd: string, ...args: string[]) => spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' });

  it('checks documents changed since a ref, new ones, and every document whose config changed', () => {
    const repo = tempTree({
      'trust/.sendlintrc.yaml': 'root: true\n',
      'trust/a/.sendlintrc.yaml': 'setting: special\n',
      'trust/a/one.md': '# One\n',
      'trust/a/two.md': '# Two\n',
      'trust/b/three.md': '# Three\n',
      'trust/b/four.md': '# Four\n',
    });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'start');
    const changed = () => files(sendlintSmall(['--format', 'json', '--exit-zero', '--changed-since', 'HEAD', 'trust'], repo).stdout).map((f) => f.path);
    expect(changed()).toEqual([]);
    writeFileSync(join(repo, 'trust/b/three.md'), '# Three, edited\n');
    writeFileSync(join(repo, 'trust/b/five.md'), '# Five\n');
    expect(changed()).toEqual(['trust/b/five.md', 'trust/b/three.md']);
    writeFileSync(join(repo, 'trust/a/.sendlintrc.yaml'), 'setting: pru\n');
    expect(changed()).toEqual(['trust/a/one.md', 'trust/a/two.md', 'trust/b/five.md', 'trust/b/three.md']);
    const bad = sendlint(['--changed-since', 'no-such-ref', 'trust'], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--changed-since: git diff failed/);
  });
});
