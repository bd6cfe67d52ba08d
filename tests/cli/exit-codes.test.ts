import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onlyRules, PLAIN_REPORT, sendlint, tempTree } from './helpers.js';

const tree = (severity: string, docs = 1) =>
  tempTree({
    '.sendlintrc.yaml': onlyRules({ 'kind-inferred': severity }),
    ...Object.fromEntries(Array.from({ length: docs }, (_, i) => [`doc${i}.md`, PLAIN_REPORT])),
  });

describe('exit codes', () => {
  it('is 0 when there are only suggestions', () => {
    const run = sendlint(['.'], tree('info'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kind-inferred');
    expect(run.stderr).toBe('');
  });

  it('is 1 when there is an error', () => {
    expect(sendlint(['.'], tree('error')).code).toBe(1);
  });

  it('is 0 with warnings unless --max-warnings is exceeded', () => {
    const dir = tree('warning', 3);
    expect(sendlint(['.'], dir).code).toBe(0);
    expect(sendlint(['--max-warnings', '3', '.'], dir).code).toBe(0);
    expect(sendlint(['--max-warnings', '2', '.'], dir).code).toBe(1);
    expect(sendlint(['--max-warnings', '0', '.'], dir).code).toBe(1);
  });

  it('rejects a --max-warnings that is not a whole number', () => {
    const run = sendlint(['--max-warnings', 'lots', '.'], tree('warning'));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--max-warnings');
  });

  it('--exit-zero turns findings into 0 but keeps failures at 2', () => {
    const dir = tree('error');
    expect(sendlint(['--exit-zero', '.'], dir).code).toBe(0);
    writeFileSync(join(dir, 'broken.md'), Buffer.from([0x23, 0x00, 0x41]));
    expect(sendlint(['--exit-zero', '.'], dir).code).toBe(2);
  });

  it('--quiet shows errors only, but warnings still count for --max-warnings', () => {
    const dir = tree('warning');
    const run = sendlint(['--quiet', '--max-warnings', '0', '.'], dir);
    expect(run.stdout).not.toContain('kind-inferred');
    expect(run.code).toBe(1);
  });

  it('prints help and version with exit 0', () => {
    const dir = tempTree();
    expect(sendlint(['--help'], dir)).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: sendlint') });
    expect(sendlint(['--version'], dir).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
