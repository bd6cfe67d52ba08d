// Entry of dist/cli-worker.cjs: a worker thread of the CLI's pool checks one document per task.
export { checkOne as check } from './check-one.js';
