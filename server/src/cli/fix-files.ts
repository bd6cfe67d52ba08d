import { relative } from 'node:path';
import { fixAll, lint, type LintConfig } from '../engine/index.js';
import { readDocument, writeDocumentAtomically } from './documents.js';
import type { FileReport } from './formats/types.js';

/** `--fix`: lints and fixes each Markdown file in turn, writing the fixed text back; a file error does not stop the run. */
export function fixFiles(files: string[], options: { cwd: string; now?: Date; configFor: (path: string) => LintConfig }): FileReport[] {
  const reports: FileReport[] = [];
  for (const absolutePath of files) {
    const rel = relative(options.cwd, absolutePath);
    const path = rel && !rel.startsWith('..') ? rel : absolutePath;
    const read = readDocument(absolutePath);
    if ('error' in read) {
      reports.push({ path, absolutePath, result: null, error: read.error });
      continue;
    }
    const lintOptions = { config: options.configFor(absolutePath), now: options.now };
    const fixed = fixAll(read.text, lintOptions);
    if (fixed.applied.length === 0) {
      reports.push({ path, absolutePath, result: fixed.result });
      continue;
    }
    const writeError = writeDocumentAtomically(absolutePath, read, fixed.text);
    reports.push(
      writeError
        ? { path, absolutePath, result: lint(read.text, lintOptions), error: writeError }
        : { path, absolutePath, result: fixed.result, fixed: fixed.applied },
    );
  }
  return reports;
}
