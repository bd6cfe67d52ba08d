// Clear errors (issue 7): the CLI failure modes tests/cli/failures.test.ts does not cover. Each is
// one line on stderr starting "sendlint: ", naming the problem, with exit code 2.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, PLAIN_REPORT, sendlint, tempTree, expectOneLineFailure, type Run } from '../cli/helpers.js';


// Root reads any file whatever its mode, so permission tests run the CLI as the unprivileged "nobody".
const isRoot = process.getuid?.() === 0;
function sendlintAsNobody(args: string[], cwd: string): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...(isRoot ? { uid: 65534, gid: 65534 } : {}) });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
function worldReadableTree(files: Record<string, string>): string {
  const dir = tempTree(files);
  chmodSync(dir, 0o755);
  return dir;
}

describe('CLI failure modes', () => {
  it('a file it may not read', () => {
    const dir = worldReadableTree({ 'a.md': PLAIN_REPORT });
    chmodSync(join(dir, 'a.md'), 0o000);
    expectOneLineFailure(sendlintAsNobody(['a.md'], dir), 'a.md', 'permission denied');
  });

  it('a folder it may not read', () => {
    const dir = worldReadableTree({ 'private/a.md': PLAIN_REPORT });
    chmodSync(join(dir, 'private'), 0o000);
    expectOneLineFailure(sendlintAsNobody(['private'], dir), 'private', 'permission denied');
  });

  it('--fix on a file it may read but not write', () => {
    const dir = worldReadableTree({ 'a.md': '# SEN information report\n\nPupils with a statement of special educational needs.\n' });
    chmodSync(join(dir, 'a.md'), 0o444);
    const run = sendlintAsNobody(['--fix', 'a.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^sendlint: a\.md: .*permission denied/)]);
  });

  it('a NUL byte marks the file as binary', () => {
    const dir = tempTree({ 'a.md': `# Report\n\nText\u0000more text\n` });
    expectOneLineFailure(sendlint(['a.md'], dir), 'a.md', 'binary');
  });

  it('invalid UTF-8 in the middle of a document', () => {
    const dir = tempTree({ 'a.md': Buffer.concat([Buffer.from('# Report\n\nThe SENCO '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' meets parents.\n')]) });
    expectOneLineFailure(sendlint(['a.md'], dir), 'a.md', 'UTF-8');
  });

  it('a glob with unbalanced brackets that matches nothing', () => {
    expectOneLineFailure(sendlint(['reports/[ab.md'], tempTree({ 'a.md': PLAIN_REPORT })), 'reports/[ab.md');
  });

  it('an empty folder', () => {
    const dir = tempTree();
    mkdirSync(join(dir, 'empty'));
    expectOneLineFailure(sendlint(['empty'], dir), 'empty');
  });

  it('a config that tries to load code, by a key the schema does not know', () => {
    const bad = (text: string) => sendlint(['a.md'], tempTree({ '.sendlintrc.yaml': text, 'a.md': PLAIN_REPORT }));
    expectOneLineFailure(bad('require: ./evil.js\n'), 'unknown key "require"');
    expectOneLineFailure(bad('rules:\n  ./evil.js: error\n'), 'unknown rule id');
  });

  it('a --config file that is a folder', () => {
    const dir = tempTree({ 'a.md': PLAIN_REPORT });
    mkdirSync(join(dir, 'conf'));
    expectOneLineFailure(sendlint(['--config', 'conf', 'a.md'], dir), 'conf');
  });

  it('a document given twice is checked once, not an error', () => {
    const dir = tempTree({ 'a.md': PLAIN_REPORT });
    writeFileSync(join(dir, '.sendlintrc.yaml'), 'jurisdiction: england\n');
    const run = sendlint(['--exit-zero', 'a.md', './a.md'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});
