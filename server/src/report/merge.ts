import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MatrixInput } from './matrix.js';

/** One file of the `--format json` contract: the result's fields sit beside the path. */
type JsonFile = { path: string; error?: string } & Partial<NonNullable<MatrixInput['result']>>;

export class MergeError extends Error {}

/**
 * Reads the `--format json` files of a sharded run and joins their documents
 * (a path in two shards counts once), with paths taken relative to `cwd`, where
 * the shards ran (the repository root in CI).
 */
export function mergeShards(files: string[], cwd: string): MatrixInput[] {
  const byPath = new Map<string, MatrixInput>();
  for (const file of files) {
    let data: { version?: number; files?: JsonFile[] };
    try {
      data = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
    } catch (error) {
      throw new MergeError(`${file}: could not read it as sendlint JSON (${(error as Error).message.split('\n')[0]})`);
    }
    if (data?.version !== 1 || !Array.isArray(data.files)) {
      throw new MergeError(`${file}: not a sendlint --format json report (expected "version": 1 and a "files" list)`);
    }
    for (const f of data.files) {
      const result = f.coverage
        ? { documentKind: f.documentKind ?? 'unknown', setting: f.setting ?? null, jurisdiction: f.jurisdiction ?? 'unknown', findings: f.findings ?? [], coverage: f.coverage }
        : null;
      byPath.set(f.path, { path: f.path, absolutePath: resolve(cwd, f.path), result, ...(f.error ? { error: f.error } : {}) });
    }
  }
  return [...byPath.values()];
}
