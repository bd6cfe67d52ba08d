import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseNonOverlapping, lint, rules, type Fix } from '../../server/src/engine/index.js';
import { readDocument, writeDocumentAtomically } from '../../server/src/cli/documents.js';
import { sendlint, tempTree } from './helpers.js';

/** A rule documentation example that has at least one safe fix, found from the live rules. */
const fixable = rules
  .map((r) => ({ id: r.meta.id, text: r.meta.docs.example }))
  .find(({ text }) => lint(text).findings.some((f) => f.fixes?.some((x) => x.safe && (x.kind ?? 'edit') === 'edit')));

const edit = (line: number, from: number, to: number, newText: string) => ({
  range: { start: { line, character: from }, end: { line, character: to } },
  newText,
});
const fix = (title: string, ...edits: ReturnType<typeof edit>[]): Fix => ({ title, edits, safe: true });

describe('choosing fixes', () => {
  it('applies a fix whole or not at all, and leaves overlapping ones for the next pass', () => {
    const text = 'one two three four\n';
    const chosen = chooseNonOverlapping(text, [
      fix('b', edit(0, 4, 7, 'TWO')),
      fix('a', edit(0, 0, 3, 'ONE'), edit(0, 6, 9, 'x')),
      fix('c', edit(0, 14, 18, 'FOUR')),
      fix('d', edit(0, 14, 14, 'x')),
    ]);
    expect(chosen.map((c) => c.fix.title)).toEqual(['a', 'c']);
  });

  it('refuses two insertions at the same point, whose order would be a guess', () => {
    const chosen = chooseNonOverlapping('abc', [fix('first', edit(0, 1, 1, 'X')), fix('second', edit(0, 1, 1, 'Y'))]);
    expect(chosen.map((c) => c.fix.title)).toEqual(['first']);
  });
});

describe('atomic writes', () => {
  it('replaces the file by rename, keeps its permissions and BOM, and leaves no temporary file', () => {
    const dir = tempTree({ 'a.md': '\uFEFF# Policy\n' });
    const path = join(dir, 'a.md');
    chmodSync(path, 0o640);
    const before = statSync(path);
    const read = readDocument(path);
    if ('error' in read) throw new Error(read.error);
    expect(read.text).toBe('# Policy\n');
    expect(writeDocumentAtomically(path, read, '# SEN policy\n')).toBeNull();
    const after = statSync(path);
    expect(readFileSync(path, 'utf8')).toBe('\uFEFF# SEN policy\n');
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('refuses to write a file that changed on disk since it was read', () => {
    const dir = tempTree({ 'a.md': '# Policy\n' });
    const path = join(dir, 'a.md');
    const read = readDocument(path);
    if ('error' in read) throw new Error(read.error);
    writeFileSync(path, '# Policy, edited meanwhile\n');
    expect(writeDocumentAtomically(path, read, '# Fixed\n')).toMatch(/changed on disk/);
    expect(readFileSync(path, 'utf8')).toBe('# Policy, edited meanwhile\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

describe.skipIf(!fixable)(`sendlint --fix (on the ${fixable?.id} example)`, () => {
  it('applies the safe fixes, prints what it changed, and a second run changes nothing', () => {
    const dir = tempTree({ 'doc.md': fixable!.text, 'unreadable.md': Buffer.from([0, 1]) });
    const first = sendlint(['--fix', '.'], dir);
    expect(first.stdout).toMatch(/fixed {2}line \d+: /);
    const fixed = readFileSync(join(dir, 'doc.md'), 'utf8');
    expect(fixed).not.toBe(fixable!.text);
    expect(readFileSync(join(dir, 'unreadable.md'))).toEqual(Buffer.from([0, 1]));
    expect(readdirSync(dir).sort()).toEqual(['doc.md', 'unreadable.md']);
    const remaining = lint(fixed).findings.flatMap((f) => f.fixes ?? []).filter((f) => f.safe && (f.kind ?? 'edit') === 'edit');
    expect(remaining).toEqual([]);

    const second = sendlint(['--fix', 'doc.md'], dir);
    expect(second.stdout).not.toMatch(/fixed {2}line/);
    expect(readFileSync(join(dir, 'doc.md'), 'utf8')).toBe(fixed);
  });

  it('reports the changes on stderr when stdout is JSON', () => {
    const dir = tempTree({ 'doc.md': fixable!.text });
    const run = sendlint(['--fix', '--format', 'json', 'doc.md'], dir);
    expect(JSON.parse(run.stdout).version).toBe(1);
    expect(run.stderr).toMatch(/^sendlint: fixed doc\.md:\d+: /m);
  });
});

describe('sendlint without --fix', () => {
  it('never writes to the documents', () => {
    const text = rules[0]!.meta.docs.example;
    const dir = tempTree({ 'doc.md': text });
    const before = statSync(join(dir, 'doc.md')).mtimeMs;
    sendlint(['doc.md'], dir);
    expect(readFileSync(join(dir, 'doc.md'), 'utf8')).toBe(text);
    expect(statSync(join(dir, 'doc.md')).mtimeMs).toBe(before);
  });
});
