// Entry of dist/cli-thread.mjs, the file each worker thread of the CLI's pool starts from
// (tinypool import()s it). A small ES module that require()s the engine side: import()ing
// the 3 MB CommonJS bundle itself would first scan all of it for its export names, in every
// thread (about a second of CPU each on a busy machine).
import { createRequire } from 'node:module';
import type { EngineSide } from './engine-side.js';

export const { check } = createRequire(import.meta.url)('./cli-worker.cjs') as EngineSide;
