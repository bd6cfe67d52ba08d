import { runCli } from './run-cli.js';

// process.stdout and process.stderr are opened when first used (a pipe's opening loads Node's network modules), so
// a run that writes its report to a file and has nothing to say on stderr opens neither.
const io = {
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  cwd: process.cwd(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`sendlint: internal error: ${error.stack ?? error.message}\n`);
    process.exitCode = 2;
  },
);
