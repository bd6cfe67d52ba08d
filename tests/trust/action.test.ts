import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, ROOT, tempTree } from '../cli/helpers.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { steps: { id?: string; run?: string; env?: Record<string, string> }[] } };
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string }[];

describe('action.yml', () => {
  it('its check step writes GitHub annotations and a SARIF file, and passes the exit code on', { timeout: 180_000 }, () => {
    const step = action.runs.steps.find((s) => s.id === 'check')!;
    expect(Object.keys(step.env!).sort()).toEqual(['ARGS', 'CHANGED_SINCE', 'PATHS', 'SARIF', 'SENDLINT']);
    const dir = tempTree();
    cpSync(join(ROOT, 'samples/trust'), join(dir, 'trust'), { recursive: true });
    const output = join(dir, 'github-output');
    const run = spawnSync('bash', ['-e', '-c', step.run!], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', SENDLINT: BIN, PATHS: 'trust', SARIF: 'out.sarif', CHANGED_SINCE: '', ARGS: '--max-warnings 1000', GITHUB_OUTPUT: output },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^::error file=trust\/harrowmere-academy\/sen-information-report\.pdf,line=\d+,col=1,.*title=sendlint missing-requirement::Missing: Securing equipment/m);
    expect(readFileSync(output, 'utf8')).toBe('exit-code=1\n');
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(existsSync(join(dir, '.sendlintcache'))).toBe(true);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('hooks run the installed sendlint on the documents it reads', () => {
    const check = hooks.find((h) => h.id === 'sendlint')!;
    expect(check.entry).toBe('npx --no-install sendlint');
    const files = new RegExp(check.files);
    for (const name of ['a.md', 'b.markdown', 'c.pdf', 'd.docx', 'e.html', 'f.htm']) expect(files.test(name), name).toBe(true);
    for (const name of ['a.txt', 'b.doc', 'c.mdx']) expect(files.test(name), name).toBe(false);
  });
});
