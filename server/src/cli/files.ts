import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { resolve, relative, sep } from 'node:path';
import { CONVERTED_EXTENSIONS } from '../readers/index.js';

export const DOCUMENT_EXTENSIONS = ['md', 'markdown', ...CONVERTED_EXTENSIONS];
const IGNORE = ['**/node_modules/**', '**/.git/**'];
const EXTENSIONS = new Set(DOCUMENT_EXTENSIONS.map((e) => `.${e}`));
// The glob library is loaded only when needed (see walkFolder).
const loadGlob = () => import('tinyglobby');

/**
 * The documents under a folder, as the glob of every file with a document
 * extension below it (without dot files and folders, and without
 * node_modules) finds them, by a plain walk: loading and running the glob library takes a warm run's
 * start-up some 20 ms. Only for the plain case: null when the walk meets a
 * symbolic link, a special file or a folder it cannot read, whose handling is
 * left to the glob library.
 */
function walkFolder(dir: string, out: string[] = []): string[] | null {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    // dir is absolute and normalised, and a name has no separators: joining needs no normalising.
    const path = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !walkFolder(path, out)) return null;
    } else if (entry.isFile()) {
      const dot = entry.name.lastIndexOf('.');
      if (dot > 0 && EXTENSIONS.has(entry.name.slice(dot))) out.push(path);
    } else {
      return null;
    }
  }
  return out;
}

export class UsageError extends Error {}

function readable(directory: string): boolean {
  try {
    accessSync(directory, constants.R_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Expands CLI operands (files, directories, globs) into sorted absolute paths of documents. */
export async function expandOperands(operands: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const operand of operands) {
    const absolute = resolve(cwd, operand);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = null;
    }
    if (stats?.isFile()) {
      found.add(absolute);
      continue;
    }
    const rel = relative(cwd, absolute);
    const pattern = stats?.isDirectory() ? `${rel.replace(/\\/g, '/') || '.'}/**/*.{${DOCUMENT_EXTENSIONS.join(',')}}` : operand;
    if (!stats && !(await loadGlob()).isDynamicPattern(operand)) throw new UsageError(`${operand}: no such file or directory`);
    // The glob skips folders it cannot read, which would be reported as "no documents" (issue 7).
    if (stats?.isDirectory() && !readable(absolute)) throw new UsageError(`${operand}: permission denied`);
    // The walk stands in for the glob for folders inside the working directory reached without dot or node_modules folders.
    const plain = stats?.isDirectory() && (rel === '' || !rel.split(sep).some((part) => part.startsWith('.') || part === 'node_modules'));
    const matches = (plain && walkFolder(absolute)) || (await (await loadGlob()).glob(pattern, { cwd, absolute: true, ignore: IGNORE, dot: false }));
    if (matches.length === 0) {
      throw new UsageError(stats ? `${operand}: no Markdown documents (nor PDF, Word or HTML files) in this directory` : `${operand}: the pattern matched no files`);
    }
    for (const match of matches) found.add(resolve(match));
  }
  return [...found].sort();
}
