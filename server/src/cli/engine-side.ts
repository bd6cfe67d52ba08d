import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Everything that needs the engine (checking, fixing, validating configs, the
 * report and convert commands) is loaded on first need, so a run answered from
 * the cache never loads the engine, its parser or the standards. In the build
 * it is dist/cli-worker.cjs beside dist/cli.cjs, the file the worker threads
 * run too (esbuild.mjs keeps it out of dist/cli.cjs); from sources (tests) it
 * is pool-worker.ts.
 */
const BUILT = fileURLToPath(new URL('./cli-worker.cjs', import.meta.url));

export type EngineSide = typeof import('./pool-worker.js');

let side: Promise<EngineSide> | undefined;

// require(), not import(): importing CommonJS from an ES module first scans the whole file for its export names.
export const loadEngineSide = (): Promise<EngineSide> =>
  (side ??= existsSync(BUILT) ? Promise.resolve(createRequire(import.meta.url)(BUILT) as EngineSide) : import('./pool-worker.js'));
