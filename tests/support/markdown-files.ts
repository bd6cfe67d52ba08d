// What the parser equality suites (tests/lsp/incremental.test.ts, tests/hardening/chunked-parse.test.ts)
// share: every Markdown document in the repository's fixtures, samples and corpora, and a seeded PRNG.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(full, f));
}

/** The fixtures, samples and corpus documents, as absolute paths. */
export const documentFiles = [...markdownFiles('tests/lsp/fixtures'), ...markdownFiles('samples'), ...markdownFiles('tests/corpus')];

/** A small deterministic PRNG (a linear congruential generator), so failures reproduce. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
