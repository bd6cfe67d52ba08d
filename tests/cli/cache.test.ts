import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResultCache } from '../../server/src/cli/cache.js';
import { BIN, PLAIN_REPORT, tempTree } from './helpers.js';

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

describe('ResultCache', () => {
  it('gives back every string as it was set, long or short, including ones that look like its own references', () => {
    const file = join(tempTree(), 'cache.json');
    const message = 'Missing: the SENCO contact details. The report should say who the SENCO is.';
    const entry = (n: number) =>
      ({ result: { documentKind: 'sen-policy', findings: [{ message, subject: '\u0001a', ruleId: `r${n}`, range: { start: { line: n, character: 0 } } }] } }) as never;
    const first = ResultCache.open(file);
    first.set('one', entry(1));
    first.set('two', entry(2));
    first.setConfig('folder', { file: '/trust/.sendlintrc.yaml', config: { setting: 'special' }, chain: ['/trust/.sendlintrc.yaml'], ignores: [] });
    expect(first.save()).toBeNull();
    // The long message is written once.
    expect(readFileSync(file, 'utf8').split(message)).toHaveLength(2);
    const second = ResultCache.open(file);
    expect(second.get('one')).toEqual(entry(1));
    expect(second.get('two')).toEqual(entry(2));
    expect(second.getConfig('folder')?.config).toEqual({ setting: 'special' });
  });
});
