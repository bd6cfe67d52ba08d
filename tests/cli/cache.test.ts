import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResultCache } from '../../server/src/cli/cache.js';
import { BIN, PLAIN_REPORT, sendlint, tempTree } from './helpers.js';

/** Runs the built CLI with a preload that fails the run if the engine side (dist/cli-worker.cjs) is loaded. */
function sendlintWithoutEngine(args: string[], cwd: string) {
  const guard = join(tempTree(), 'no-engine.cjs');
  writeFileSync(
    guard,
    `const M = require('module'); const load = M._load;
M._load = function (request, ...rest) {
  if (String(request).endsWith('cli-worker.cjs')) throw new Error('the engine side was loaded');
  return load.call(this, request, ...rest);
};`,
  );
  const run = spawnSync(process.execPath, ['-r', guard, BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('--cache', () => {
  const dir = tempTree({
    'trust/.sendlintrc.yaml': 'root: true\njurisdiction: england\n',
    'trust/a/.sendlintrc.yaml': 'setting: special\nignores: [draft.md]\n',
    'trust/a/report.md': PLAIN_REPORT,
    'trust/a/draft.md': PLAIN_REPORT,
    'trust/b/report.md': PLAIN_REPORT.replace('We welcome', 'We warmly welcome'),
  });
  const args = ['--format', 'json', '--cache', '--cache-location', 'cache.json', 'trust'];
  const cold = sendlintWithoutEngine(args, dir);

  it('a run with nothing cached loads the engine', () => {
    expect(cold.stderr).toMatch(/the engine side was loaded/);
  });

  it('a run answered from the cache gives the same report without loading the engine', () => {
    const first = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
    expect(first.stderr).toBe('');
    const warm = sendlintWithoutEngine(args, dir);
    expect(warm.stderr).toBe('');
    expect(warm.code).toBe(first.status);
    expect(warm.stdout).toBe(first.stdout);
    expect(JSON.parse(warm.stdout).files.map((f: { path: string }) => f.path)).toEqual(['trust/a/report.md', 'trust/b/report.md']);
  });

  it('a config changed since the cached run is read again, and its errors reported', () => {
    writeFileSync(join(dir, 'trust/a/.sendlintrc.yaml'), 'setting: nowhere\n');
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/trust\/a\/\.sendlintrc\.yaml:1: "setting" must be one of/);
  });
});

describe('--cache gives the same report as a run without it', () => {
  const GAPPY = '# Riverside Academy SEN Information Report\n\nWe welcome every child. Ask the office for help.\n';
  const files = {
    'trust/.sendlintrc.yaml': 'root: true\njurisdiction: england\n',
    'trust/a/.sendlintrc.yaml': 'setting: special\n',
    'trust/a/report.md': PLAIN_REPORT,
    'trust/a/gappy.md': GAPPY,
    'trust/b/report.md': PLAIN_REPORT.replace('We welcome', 'We warmly welcome'),
    'trust/b/binary.md': Buffer.from([0x23, 0x00, 0x41]),
  };
  const cacheArgs = ['--cache', '--cache-location', 'cache.bin'];
  // SARIF records the run's arguments and when it started and ended, and JUnit how long it took; all else must match.
  const comparable = (s: string) =>
    s
      .replace(/"(start|end)TimeUtc": "[^"]+"/g, '"$1TimeUtc": ""')
      .replace(/"arguments": \[[^\]]*\]/, '"arguments": []')
      .replace(/ time="[\d.]+"/g, ' time=""');

  for (const format of [['--format', 'stylish'], ['--format', 'stylish', '--quiet'], ['--format', 'json'], ['--format', 'sarif']]) {
    it(`${format.join(' ')}: a cold and a warm run print what a run without the cache prints (byte for byte, but for SARIF's arguments and times)`, () => {
      const dir = tempTree(files);
      const plain = sendlint([...format, 'trust'], dir);
      const cold = sendlint([...format, ...cacheArgs, 'trust'], dir);
      // SARIF describes every rule, so it loads the engine; the other formats are printed from the cache alone.
      const warm = format.includes('sarif') ? sendlint([...format, ...cacheArgs, 'trust'], dir) : sendlintWithoutEngine([...format, ...cacheArgs, 'trust'], dir);
      expect(plain.code).toBe(2);
      for (const run of [cold, warm]) {
        expect(run.stderr).toBe(plain.stderr);
        expect(run.code).toBe(plain.code);
        expect(comparable(run.stdout)).toBe(comparable(plain.stdout));
      }
    });
  }

  it('a changed document, config, option or working directory gives what a run without the cache gives', () => {
    const dir = tempTree(files);
    const same = (args: string[], cwd = dir) => {
      const warm = sendlint([...args, '--cache', '--cache-location', join(dir, 'cache.bin')], cwd);
      expect(comparable(warm.stdout)).toBe(comparable(sendlint(args, cwd).stdout));
      return warm.stdout;
    };
    const before = same(['trust']);
    writeFileSync(join(dir, 'trust/a/report.md'), GAPPY);
    const edited = same(['trust']);
    expect(edited).not.toBe(before);
    writeFileSync(join(dir, 'trust/a/.sendlintrc.yaml'), 'setting: mainstream-primary\n');
    expect(same(['trust'])).toContain('mainstream-primary');
    same(['--quiet', 'trust']);
    same(['--format', 'json', 'trust']);
    same(['--format', 'junit', 'trust']);
    same(['.'], join(dir, 'trust'));
  });

  it('a damaged cache file is ignored and replaced; a run that changes nothing does not rewrite it', () => {
    const dir = tempTree(files);
    const plain = sendlint(['trust'], dir);
    const cache = join(dir, 'cache.bin');
    sendlint(['trust', ...cacheArgs], dir);
    const good = readFileSync(cache);
    for (const damaged of [good.subarray(0, good.length - 1), Buffer.concat([good, Buffer.from('x')]), Buffer.from('{"format":2}'), Buffer.from('not a cache')]) {
      writeFileSync(cache, damaged);
      const run = sendlint(['trust', ...cacheArgs], dir);
      expect(run.stderr).toBe(plain.stderr);
      expect(run.stdout).toBe(plain.stdout);
    }
    const before = statSync(cache);
    const warm = sendlintWithoutEngine(['trust', ...cacheArgs], dir);
    expect(warm.stdout).toBe(plain.stdout);
    const after = statSync(cache);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });
});

describe('--cache and files unchanged since an earlier run', () => {
  it('a document changed after a run is read again, even with its size and modification time put back', async () => {
    const dir = tempTree({ 'a.md': PLAIN_REPORT, 'b.md': PLAIN_REPORT.replace('We welcome', 'We warmly welcome') });
    const file = join(dir, 'a.md');
    // Whole seconds, so that putting them back below gives exactly the same times.
    const lastYear = Math.floor(Date.now() / 1000) - 365 * 86400;
    utimesSync(file, lastYear, lastYear);
    // Files changed in the last few seconds are always read (see ResultCache.recordDigest): let these age first.
    await new Promise((done) => setTimeout(done, 3200));
    const args = ['--cache', '--cache-location', 'cache.bin', '.'];
    const first = sendlint(args, dir);
    const cache = readFileSync(join(dir, 'cache.bin'));
    const head = cache.subarray(0, cache.indexOf(10)).toString().split(' ');
    const index = JSON.parse(cache.subarray(cache.indexOf(10) + 1, cache.indexOf(10) + 1 + Number(head[2])).toString());
    // Besides the documents, the cache may know sendlint's own bundles (see buildId).
    expect(Object.keys(index.files).filter((f) => f.startsWith(dir)).sort()).toEqual([join(dir, 'a.md'), join(dir, 'b.md')]);

    const before = statSync(file, { bigint: true });
    writeFileSync(file, PLAIN_REPORT.replace('Primary', 'Academy'));
    utimesSync(file, lastYear, lastYear);
    const after = statSync(file, { bigint: true });
    expect([after.ino, after.size, after.mtimeNs]).toEqual([before.ino, before.size, before.mtimeNs]);
    const warm = sendlint(args, dir);
    expect(warm.stdout).not.toBe(first.stdout);
    expect(warm.stdout).toBe(sendlint(['.'], dir).stdout);
  });
});

describe('ResultCache', () => {
  const result = (n: number) =>
    ({
      result: {
        documentKind: 'sen-policy',
        findings: [
          { message: 'Missing: the SENCO contact details. The report should say who the SENCO is.', severity: 'error', ruleId: `r${n}`, range: { start: { line: n, character: 0 } } },
          { message: 'An acronym', severity: 'warning', ruleId: 'a', range: { start: { line: 1, character: 0 } } },
        ],
      },
    }) as never;
  const stylish = { kind: 'stylish', path: 'a.md' };
  const config = { file: '/trust/.sendlintrc.yaml', config: { setting: 'special' }, chain: ['/trust/.sendlintrc.yaml'], ignores: [] } as never;

  function saved(): string {
    const file = join(tempTree(), 'cache.bin');
    const cache = ResultCache.open(file);
    cache.set('one', result(1));
    cache.set('two', result(2));
    cache.setPiece('one', stylish, Buffer.from('piece of one ✓\n'));
    cache.setConfig('folder', config);
    expect(cache.save()).toBeNull();
    return file;
  }

  it('gives back results, counts, pieces and configs as they were set', () => {
    const cache = ResultCache.open(saved());
    expect(cache.isEmpty).toBe(false);
    expect(cache.get('one', stylish)).toEqual({ counts: [1, 1, 0, 0], piece: Buffer.from('piece of one ✓\n') });
    expect(cache.get('one', { ...stylish, path: 'b.md' })).toEqual({ counts: [1, 1, 0, 0], result: (result(1) as { result: unknown }).result });
    expect(cache.get('two')).toEqual({ counts: [1, 1, 0, 0], result: (result(2) as { result: unknown }).result });
    expect(cache.get('three')).toBeUndefined();
    expect(cache.getConfig('folder')).toEqual(config);
  });

  it('keeps the latest four pieces of a document, the ones of this run first', () => {
    const file = saved();
    const cache = ResultCache.open(file);
    cache.get('one');
    for (const kind of ['a', 'b', 'c', 'd']) cache.setPiece('one', { kind, path: 'a.md' }, Buffer.from(kind));
    expect(cache.save()).toBeNull();
    const reopened = ResultCache.open(file);
    for (const kind of ['a', 'b', 'c', 'd']) expect(reopened.get('one', { kind, path: 'a.md' })).toMatchObject({ piece: Buffer.from(kind) });
    expect(reopened.get('one', stylish)).not.toHaveProperty('piece');
  });

  it('treats a damaged file, index or result as missing, without throwing', () => {
    const good = readFileSync(saved());
    const file = join(tempTree(), 'cache.bin');
    const head = good.subarray(0, good.indexOf(10)).toString();
    const index = good.subarray(good.indexOf(10) + 1, good.indexOf(10) + 1 + Number(head.split(' ')[2])).toString();
    const withIndex = (text: string) => Buffer.concat([Buffer.from(head.replace(/ \d+ (\d+)$/, ` ${Buffer.byteLength(text)} $1`) + '\n'), Buffer.from(text), good.subarray(good.indexOf(10) + 1 + index.length)]);
    const damaged = [
      good.subarray(0, 40),
      good.subarray(0, good.length - 1),
      Buffer.concat([good, Buffer.from('\n')]),
      Buffer.from(head.replace(/^sendlint-cache \d+/, 'sendlint-cache 2')),
      withIndex('{"entries": 1}'),
      withIndex(index.slice(0, -1)),
    ];
    for (const bytes of damaged) {
      writeFileSync(file, bytes);
      const cache = ResultCache.open(file);
      expect(cache.isEmpty).toBe(true);
      expect(cache.get('one')).toBeUndefined();
    }
    // Spans past the end of the data, and a result that is not JSON, are misses; the rest of the file still serves.
    const spans = JSON.parse(index);
    spans.entries.one.r[1] = good.length;
    spans.entries.one.p['stylish\na.md'][0] = good.length;
    writeFileSync(file, withIndex(JSON.stringify(spans)));
    expect(ResultCache.open(file).get('one', stylish)).toBeUndefined();
    const notJson = Buffer.from(good);
    const [start] = JSON.parse(index).entries.two.r;
    notJson.write('}', good.length - (good.length - (good.indexOf(10) + 1 + index.length)) + start);
    writeFileSync(file, notJson);
    const cache = ResultCache.open(file);
    expect(cache.get('two')).toBeUndefined();
    expect(cache.get('one', stylish)).toMatchObject({ piece: expect.any(Buffer) });
  });

  it('knows the digest of a file while its identity, size and times are unchanged, and records none for a file changed just now', () => {
    const file = join(tempTree(), 'cache.bin');
    const minuteAgo = BigInt(Date.now() - 60_000) * 1_000_000n;
    const stats = (change: Partial<Record<'ino' | 'size' | 'mtimeNs' | 'ctimeNs', bigint>> = {}) =>
      ({ dev: 1n, ino: 2n, size: 3n, mtimeNs: 4n, ctimeNs: minuteAgo, ...change }) as never;
    const cache = ResultCache.open(file);
    cache.recordDigest('/a.md', stats(), 'digest-a');
    cache.recordDigest('/new.md', stats({ ctimeNs: BigInt(Date.now()) * 1_000_000n }), 'digest-new');
    // Records alone are not worth writing the file for (a CI checkout's are of no use to a later run).
    expect(cache.save()).toBeNull();
    expect(existsSync(file)).toBe(false);
    cache.set('one', result(1));
    expect(cache.save()).toBeNull();
    const reopened = ResultCache.open(file);
    expect(reopened.knownDigest('/a.md', stats())).toBe('digest-a');
    for (const change of [{ ino: 9n }, { size: 9n }, { mtimeNs: 9n }, { ctimeNs: 9n }]) expect(reopened.knownDigest('/a.md', stats(change))).toBeUndefined();
    expect(reopened.knownDigest('/new.md', stats())).toBeUndefined();
  });

  it('drops entries and configs written by another build or on another day', () => {
    const file = saved();
    const first = ResultCache.open(file);
    first.setScope('build-1 2026-11-23');
    // The file was written without a scope: nothing in it is used.
    expect(first.get('one')).toBeUndefined();
    first.set('three', result(3));
    first.setConfig('folder', config);
    expect(first.save()).toBeNull();
    const sameScope = ResultCache.open(file);
    sameScope.setScope('build-1 2026-11-23');
    expect(sameScope.get('three')).toBeDefined();
    expect(sameScope.getConfig('folder')).toEqual(config);
    const nextDay = ResultCache.open(file);
    nextDay.setScope('build-1 2026-11-24');
    expect(nextDay.isEmpty).toBe(true);
    expect(nextDay.get('three')).toBeUndefined();
    expect(nextDay.getConfig('folder')).toBeUndefined();
  });
});
