import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, ConfigResolver } from '../config/config.js';
import { replaceFileAtomically } from '../cli/documents.js';
import { expandOperands, UsageError } from '../cli/files.js';
import { DEFAULT_CACHE_FILE, ResultCache } from '../cli/cache.js';
import { checkMany, defaultJobs } from '../cli/pool.js';
import { convert, isConverted } from '../readers/index.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { buildMatrix, type MatrixInput } from './matrix.js';
import { mergeShards, MergeError } from './merge.js';

interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  now?: Date;
}

function fail(io: Io, message: string): number {
  io.stderr.write(`sendlint: ${message}\n`);
  return 2;
}

function write(io: Io, target: string, content: string): boolean {
  const error = replaceFileAtomically(resolve(io.cwd, target), content);
  if (error) io.stderr.write(`sendlint: ${target}: could not write it (${error})\n`);
  return !error;
}

/**
 * `sendlint report <folders...> --out report.html [--csv report.csv]` checks
 * every document and writes the trust's coverage matrix;
 * `sendlint report --merge <shard JSON...>` builds it from sharded runs instead.
 */
export async function runReport(argv: string[], io: Io): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        csv: { type: 'string' },
        merge: { type: 'boolean', default: false },
        title: { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
      },
    }));
  } catch (error) {
    return fail(io, `${(error as Error).message.split('\n')[0]} (see sendlint --help)`);
  }
  if (!values.out && !values.csv) return fail(io, 'sendlint report needs --out report.html or --csv report.csv');
  if (positionals.length === 0) return fail(io, values.merge ? 'no shard JSON files given to --merge' : 'no folders given (for example: sendlint report schools/ --out report.html)');

  const resolver = new ConfigResolver();
  const now = io.now ?? new Date();
  let inputs: MatrixInput[];
  try {
    if (values.merge) {
      inputs = mergeShards(positionals, io.cwd);
    } else {
      const files = (await expandOperands(positionals, io.cwd)).filter((f) => !resolver.ignores(f));
      const cache = values.cache || values['cache-location'] ? ResultCache.open(resolve(io.cwd, values['cache-location'] ?? DEFAULT_CACHE_FILE)) : undefined;
      const outcome = await checkMany(files, { cwd: io.cwd, resolver, now, cache, jobs: defaultJobs() }, io.stderr);
      if ('code' in outcome) return outcome.code;
      cache?.save();
      inputs = outcome.reports;
    }
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError || error instanceof MergeError)) throw error;
    return fail(io, error.message);
  }
  let matrix;
  try {
    matrix = buildMatrix(inputs, resolver);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return fail(io, error.message);
  }
  for (const row of matrix.rows) if (row.error) io.stderr.write(`sendlint: ${row.path}: ${row.error}\n`);
  const title = values.title ?? `SEN information report coverage: ${basename(resolve(io.cwd, values.merge ? '.' : positionals[0]!))}`;
  if (values.out && !write(io, values.out, renderHtml(matrix, { title, generated: now }))) return 2;
  if (values.csv && !write(io, values.csv, renderCsv(matrix))) return 2;
  const missing = matrix.totals.reduce((n, t) => n + t.missing, 0);
  io.stderr.write(`sendlint: ${matrix.rows.length} documents, ${missing} missing items; wrote ${[values.out, values.csv].filter(Boolean).join(' and ')}\n`);
  return 0;
}

/** `sendlint convert <file> [--out file.md]` writes the Markdown sendlint checks for a PDF, Word or HTML document. */
export async function runConvert(argv: string[], io: Io): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string', short: 'o' } } }));
  } catch (error) {
    return fail(io, `${(error as Error).message.split('\n')[0]} (see sendlint --help)`);
  }
  if (positionals.length !== 1) return fail(io, 'sendlint convert needs exactly one file (a .pdf, .docx or .html)');
  const file = positionals[0]!;
  if (!isConverted(file)) return fail(io, `${file}: sendlint converts .pdf, .docx and .html files`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, file));
  } catch (error) {
    return fail(io, `${file}: could not read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let markdown: string;
  try {
    ({ markdown } = await convert(file, bytes));
  } catch (error) {
    return fail(io, `${file}: could not convert it (${(error as Error).message.split('\n')[0]})`);
  }
  if (values.out) return write(io, values.out, markdown) ? 0 : 2;
  io.stdout.write(markdown);
  return 0;
}
