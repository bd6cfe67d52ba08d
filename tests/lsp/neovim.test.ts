import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const fixtures = join(__dirname, 'fixtures', 'nvim');
const hasNeovim = spawnSync('nvim', ['--version']).status === 0;
const bin = join(root, 'bin', 'sendlint-server.cjs');

// A client that is not VS Code and has no pull diagnostics (Debian's Neovim 0.7) gets diagnostics, hover and code actions.
describe.skipIf(!hasNeovim || !existsSync(join(root, 'dist', 'server.cjs')))(`Neovim headless with sendlint-server --stdio${hasNeovim ? '' : ': SKIPPED, nvim is not installed'}`, () => {
  it('receives pushed diagnostics, a hover and code actions', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sendlint-nvim-')), 'result.json');
    const run = spawnSync('nvim', ['--headless', '-u', join(fixtures, 'init.lua'), join(root, 'samples', 'old-style-policy.md'), '-c', `luafile ${join(fixtures, 'check.lua')}`], {
      env: { ...process.env, SENDLINT_SERVER: bin, SENDLINT_OUT: out },
      timeout: 60_000,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.arrived).toBe(true);
    const rules = new Set(result.diagnostics.map((d: { code: string }) => d.code));
    expect(rules).toContain('missing-requirement');
    expect(result.diagnostics.every((d: { source: string }) => d.source === 'sendlint')).toBe(true);
    expect(result.hover).toContain('sendlint: missing-requirement');
    expect(result.actions).toContain('Turn off "kind-inferred" for this line');
    expect(result.actions.filter((t: string) => t === 'Turn off "missing-requirement" for this line')).toHaveLength(1);
  }, 90_000);
});
