import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import packageJson from '../../../package.json';

// Both halves of the built CLI: the front (dist/cli.cjs) and the engine side beside it.
const BUNDLES = ['./cli.cjs', './cli-worker.cjs'];

let build: string | undefined;

/** This build of sendlint: its version and a hash of its bundles, so any code change invalidates cached results. */
export function buildId(): string {
  if (build) return build;
  const hash = createHash('sha256');
  try {
    for (const file of BUNDLES) hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  } catch {
    // Running from sources (tests): the version alone.
    return (build = packageJson.version);
  }
  return (build = `${packageJson.version}:${hash.digest('base64url')}`);
}
