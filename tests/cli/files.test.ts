import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { glob } from 'tinyglobby';
import { DOCUMENT_EXTENSIONS, expandOperands } from '../../server/src/cli/files.js';
import { tempTree } from './helpers.js';

/** What the glob library finds for a folder operand: the reference the folder walk must match. */
const globbed = async (folder: string, cwd: string) =>
  (await glob(`${folder}/**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false })).map((p) => resolve(p)).sort();

const TREE = {
  'docs/a.md': '# a',
  'docs/b.markdown': '# b',
  'docs/c.pdf': 'pdf',
  'docs/d.docx': 'docx',
  'docs/e.html': 'html',
  'docs/f.htm': 'htm',
  'docs/UPPER.MD': '# not a match: extensions are matched as written',
  'docs/notes.txt': 'no',
  'docs/.hidden.md': '# dot file',
  'docs/.drafts/x.md': '# in a dot folder',
  'docs/node_modules/pkg/readme.md': '# in node_modules',
  'docs/.git/HEAD.md': '# in .git',
  'docs/school/one/deep/g.md': '# deep',
  'docs/school/two.md/h.md': '# a folder named like a document',
  'docs/x.tar.md': '# two dots',
};

describe('expandOperands on folders', () => {
  it('finds what the glob finds, in the working directory and below it', async () => {
    const dir = tempTree(TREE);
    expect(await expandOperands(['.'], dir)).toEqual(await globbed('.', dir));
    expect(await expandOperands(['docs'], dir)).toEqual(await globbed('docs', dir));
    expect(await expandOperands(['docs/school'], dir)).toEqual(await globbed('docs/school', dir));
    expect(await expandOperands(['.'], dir)).toContain(join(dir, 'docs/school/one/deep/g.md'));
  });

  it('leaves symbolic links, special files, dot folders and node_modules operands to the glob', async () => {
    const dir = tempTree(TREE);
    mkdirSync(join(dir, 'outside'));
    symlinkSync(join(dir, 'docs/school'), join(dir, 'docs/linked'));
    symlinkSync(join(dir, 'docs'), join(dir, 'docs/school/loop'));
    execFileSync('mkfifo', [join(dir, 'docs/pipe.md')]);
    expect(await expandOperands(['docs'], dir)).toEqual(await globbed('docs', dir));
    expect(await expandOperands(['docs/.drafts'], dir)).toEqual(await globbed('docs/.drafts', dir));
    await expect(expandOperands(['docs/node_modules'], dir)).rejects.toThrow(/no Markdown documents/);
  });
});
