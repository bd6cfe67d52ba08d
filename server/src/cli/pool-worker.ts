// Entry of dist/cli-worker.cjs, the CLI's engine side (see engine-side.ts):
// worker threads of the pool check documents with `check`; the main thread
// loads it only when something needs the engine.
export { checkOne as check, checkOne } from './check-one.js';
export { ConfigError, ConfigResolver, loadConfigFile } from '../config/config.js';
export { fixFiles } from './fix-files.js';
export { formatSarif } from './formats/sarif.js';
export { runConvert, runReport } from '../report/commands.js';
