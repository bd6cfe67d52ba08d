import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { replaceFileAtomically } from './documents.js';
import { expandOperands, UsageError } from './files.js';
import { jsonPieces } from './formats/json.js';
import { stylishPieces } from './formats/stylish.js';
import { formatCheckstyle } from './formats/checkstyle.js';
import { formatGithub } from './formats/github.js';
import { formatGitlab } from './formats/gitlab.js';
import { formatJunit } from './formats/junit.js';
import { buildId } from './build-id.js';
import { DEFAULT_CACHE_FILE, ResultCache } from './cache.js';
import { CliConfigs } from './configs.js';
import { loadEngineSide } from './engine-side.js';
import { cacheScope, checkMany, defaultJobs, Workers, type CheckedReport } from './pool.js';
import { exitCode, renderReport, type Format } from './render.js';
import { parseShard, selectChangedSince, selectShard } from './shard.js';
import { isConverted } from '../readers/index.js';
import packageJson from '../../../package.json';

export interface CliIo {
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  cwd: string;
  now?: Date;
  env?: Record<string, string | undefined>;
}

// SARIF describes every rule, so it needs the engine; the others print cached results without it. Stylish and
// JSON reports are made of one piece per file, which the cache keeps (see PiecewiseFormat).
const FORMATS: Record<string, Format> = {
  stylish: { pieces: stylishPieces },
  json: { pieces: jsonPieces },
  sarif: { whole: async () => (await loadEngineSide()).formatSarif },
  junit: { whole: () => formatJunit },
  github: { whole: () => formatGithub },
  checkstyle: { whole: () => formatCheckstyle },
  gitlab: { whole: () => formatGitlab },
};

const HELP = `Usage: sendlint [options] <files, folders or globs...>
       sendlint report <folders...> --out report.html [--csv report.csv]
       sendlint report --merge <shard JSON files...> --out report.html
       sendlint convert <file.pdf|.docx|.html> [--out file.md]

Checks SEN information reports and policies written in Markdown, and PDF,
Word (.docx) and web page (.html) documents, which are converted first.

Options:
  --format <name>      stylish (default), json, sarif, junit, github, checkstyle or gitlab
  --output, -o <file>  write the report to a file instead of the screen
  --max-warnings <n>   exit with code 1 when there are more than n warnings
  --config <file>      use this config file instead of the nearest .sendlintrc.yaml
  --fix                apply the safe fixes to the files, then report what is left
  --quiet              show errors only
  --exit-zero          exit with 0 even when there are findings (failures still exit 2)
  --cache              reuse results for unchanged documents (kept in .sendlintcache)
  --cache-location <p> the cache file, or a folder to keep .sendlintcache in
  --jobs <n>           worker threads (default: one per CPU core)
  --changed-since <ref> only documents changed since a git ref (and those whose config changed)
  --shard <i/n>        only the i-th of n equal parts, split by path (for CI matrices)
  -v, --version        print the version
  -h, --help           show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or read failure.
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'report') return (await loadEngineSide()).runReport(argv.slice(1), io);
  if (argv[0] === 'convert') return (await loadEngineSide()).runConvert(argv.slice(1), io);
  const startTime = new Date();
  const env = io.env ?? process.env;
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        output: { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        config: { type: 'string' },
        fix: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        'exit-zero': { type: 'boolean', default: false },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        jobs: { type: 'string' },
        'changed-since': { type: 'string' },
        shard: { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`sendlint: ${(error as Error).message.split('\n')[0]} (see sendlint --help)\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  const format = FORMATS[values.format!];
  if (!format) {
    io.stderr.write(`sendlint: unknown format "${values.format}" (use one of: ${Object.keys(FORMATS).join(', ')})\n`);
    return 2;
  }
  const rawMax = values['max-warnings'];
  const maxWarnings = rawMax === undefined ? Infinity : /^\d+$/.test(rawMax) ? Number(rawMax) : NaN;
  if (Number.isNaN(maxWarnings)) {
    io.stderr.write(`sendlint: --max-warnings needs a whole number of 0 or more, got "${rawMax}"\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr.write('sendlint: no files given (for example: sendlint docs/ or sendlint "**/*.md"; see sendlint --help)\n');
    return 2;
  }

  const jobs = values.jobs === undefined ? defaultJobs() : /^[1-9]\d*$/.test(values.jobs) ? Number(values.jobs) : NaN;
  if (Number.isNaN(jobs)) {
    io.stderr.write(`sendlint: --jobs needs a whole number of 1 or more, got "${values.jobs}"\n`);
    return 2;
  }
  const cache = values.cache || values['cache-location'] ? ResultCache.open(resolve(io.cwd, values['cache-location'] ?? DEFAULT_CACHE_FILE)) : undefined;
  // With a cache, the build is identified from its digests of the bundles, before anything else asks for it.
  buildId(cache);
  cache?.setScope(cacheScope(io.now ?? startTime));
  const configs = new CliConfigs(cache, buildId(), values.config === undefined ? undefined : resolve(io.cwd, values.config));
  const workers = new Workers(jobs);
  try {
    let files: string[];
    try {
      const explicitError = await configs.prepare([]);
      if (explicitError) throw new UsageError(explicitError);
      files = await expandOperands(positionals, io.cwd);
      // With no cache to answer and no later selection, every document will be checked: start the threads while configs are read.
      const allChecked = (!cache || cache.isEmpty) && !values.fix && values['changed-since'] === undefined && values.shard === undefined;
      if (allChecked) workers.startFor(files.length);
      const configError = await configs.prepare(files);
      if (configError) throw new UsageError(configError);
      files = files.filter((f) => !configs.ignores(f));
      if (values['changed-since'] !== undefined) files = await selectChangedSince(files, values['changed-since'], io.cwd, configs);
      if (values.shard !== undefined) files = selectShard(files, parseShard(values.shard), io.cwd);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`sendlint: ${error.message}\n`);
      return 2;
    }

    // Progress lines, for a terminal, when there are many files; stderr is looked at only when there is progress to show.
    const progress = files.length > 50 ? { write: (s: string) => (io.stderr as { isTTY?: boolean }).isTTY && io.stderr.write(s) } : undefined;
    const toFile = values.output !== undefined;
    const color = !toFile && Boolean(io.stdout.isTTY) && !env.NO_COLOR;
    const quiet = values.quiet!;
    // A file's piece of the report depends on the format, colour, --quiet and the path shown, besides its result.
    const kind = JSON.stringify([values.format, color, quiet]);
    const pieceName = cache && 'pieces' in format ? (path: string) => ({ kind, path }) : undefined;
    // --fix edits Markdown only; converted documents (PDF, Word, HTML) are checked as usual.
    const toFix = new Set(values.fix ? files.filter((f) => !isConverted(f)) : []);
    const fixed = toFix.size ? (await loadEngineSide()).fixFiles([...toFix], { cwd: io.cwd, now: io.now, configFor: (f) => configs.forFile(f).config }) : [];
    const checked = await checkMany(files.filter((f) => !toFix.has(f)), { cwd: io.cwd, resolver: configs, now: io.now ?? startTime, cache, jobs, workers, progress, pieceName }, { write: (s) => io.stderr.write(s) });
    if ('code' in checked) return checked.code;
    const reports: CheckedReport[] = [...fixed, ...checked.reports].sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0));
    const worst = exitCode(reports, maxWarnings);
    const code = values['exit-zero'] && worst === 1 ? 0 : worst;

    for (const r of reports) if (r.error) io.stderr.write(`sendlint: ${r.path}: ${r.error}\n`);
    const run = { arguments: argv, startTime, endTime: new Date(), exitCode: code };
    const output = await renderReport(format, reports, { color, cwd: io.cwd, run, quiet, cache, pieceName });
    const cacheError = cache?.save();
    if (cacheError) io.stderr.write(`sendlint: ${cache!.file}: could not save the cache (${cacheError})\n`);
    if (values.format !== 'stylish') {
      // Machine formats keep stdout parseable, so the list of changes goes to stderr.
      for (const r of reports) for (const f of r.fixed ?? []) io.stderr.write(`sendlint: fixed ${r.path}:${f.line}: ${f.title}\n`);
    }
    if (toFile) {
      const target = resolve(io.cwd, values.output!);
      const written = replaceFileAtomically(target, output);
      if (written) {
        io.stderr.write(`sendlint: ${values.output}: could not write the report (${written})\n`);
        return 2;
      }
    } else {
      io.stdout.write(output);
    }
    return code;
  } finally {
    await workers.close();
  }
}
