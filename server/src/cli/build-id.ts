import { createHash } from 'node:crypto';
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import packageJson from '../../../package.json';
import { contentDigest } from './cache.js';

// Both halves of the built CLI: the front (dist/cli.cjs) and the engine side beside it.
const BUNDLES = ['./cli.cjs', './cli-worker.cjs'];

/** Where digests of files unchanged since an earlier run are kept (the result cache). */
export interface KnownDigests {
  knownDigest(path: string, stats: BigIntStats): string | undefined;
  recordDigest(path: string, stats: BigIntStats, digest: string): void;
}

let build: string | undefined;

/**
 * This build of sendlint: its version and a hash of its bundles, so any code
 * change invalidates cached results. With the cache's digests, bundles
 * unchanged since an earlier run (by their stat) are not read and hashed again.
 */
export function buildId(digests?: KnownDigests): string {
  if (build) return build;
  const hash = createHash('sha256');
  try {
    for (const bundle of BUNDLES) {
      const file = fileURLToPath(new URL(bundle, import.meta.url));
      const stats = digests && statSync(file, { bigint: true });
      let digest = stats && digests!.knownDigest(file, stats);
      if (!digest) {
        digest = contentDigest(readFileSync(file));
        if (stats) digests!.recordDigest(file, stats, digest);
      }
      hash.update(digest);
    }
  } catch {
    // Running from sources (tests): the version alone.
    return (build = packageJson.version);
  }
  return (build = `${packageJson.version}:${hash.digest('base64url')}`);
}
