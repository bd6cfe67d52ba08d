import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, vi } from 'vitest';
import { rules } from '../../server/src/engine/index.js';

// Each test starts node (and the SARIF test a .NET validator); on a busy CI machine that can take a while.
vi.setConfig({ testTimeout: 120_000 });

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BIN = join(ROOT, 'bin/sendlint.cjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in `cwd`, without colour. */
export function sendlint(args: string[], cwd: string): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh folder holding the given files (path -> content). */
export function tempTree(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sendlint-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * A config that turns every rule off except those given, so a test controls
 * exactly which findings appear while other rules are added to sendlint.
 */
export function onlyRules(keep: Record<string, string>): string {
  const lines = rules.map((r) => `  ${r.meta.id}: ${keep[r.meta.id] ?? 'off'}`);
  return `rules:\n${lines.join('\n')}\n`;
}

/** A short document with no frontmatter: kind-inferred always reports it. */
export const PLAIN_REPORT = '# Hollins Brook Primary School: SEN Information Report\n\nWe welcome every child.\n';

/** Every CLI failure is one line on stderr, naming what went wrong, with exit code 2. */
export function expectOneLineFailure(run: Run, ...mentions: string[]): void {
  expect(run.code).toBe(2);
  const lines = run.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^sendlint: /);
  for (const m of mentions) expect(lines[0]).toContain(m);
}
