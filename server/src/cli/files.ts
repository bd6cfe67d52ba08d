import { accessSync, constants, statSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CONVERTED_EXTENSIONS } from '../readers/index.js';

export const DOCUMENT_EXTENSIONS = ['md', 'markdown', ...CONVERTED_EXTENSIONS];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

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
    const pattern = stats?.isDirectory()
      ? `${relative(cwd, absolute).replace(/\\/g, '/') || '.'}/**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`
      : operand;
    if (!stats && !isDynamicPattern(operand)) throw new UsageError(`${operand}: no such file or directory`);
    // The glob skips folders it cannot read, which would be reported as "no documents" (issue 7).
    if (stats?.isDirectory() && !readable(absolute)) throw new UsageError(`${operand}: permission denied`);
    const matches = await glob(pattern, { cwd, absolute: true, ignore: IGNORE, dot: false });
    if (matches.length === 0) {
      throw new UsageError(stats ? `${operand}: no Markdown documents (nor PDF, Word or HTML files) in this directory` : `${operand}: the pattern matched no files`);
    }
    for (const match of matches) found.add(resolve(match));
  }
  return [...found].sort();
}
