import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { lint } from '../engine/index.js';
import { ConfigError, ConfigResolver, loadConfigFile } from '../config/config.js';
import { expandOperands, UsageError } from './files.js';
import { formatJson } from './formats/json.js';
import { formatStylish } from './formats/stylish.js';
import type { FileReport, Formatter } from './formats/types.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  cwd: string;
  now?: Date;
}

const FORMATS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson };

const HELP = `Usage: sendlint [options] <files, folders or globs...>

Checks SEN information reports and policies written in Markdown.

Options:
  --format <name>      stylish (default), json
  --max-warnings <n>   exit with code 1 when there are more than n warnings
  --config <file>      use this config file instead of looking for .sendlintrc.yaml
  -h, --help           show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or read failure.
`;

/** Reads one document, refusing binary and over-size files with a one-line reason. */
export function readDocument(path: string): { text: string } | { error: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { error: `file is ${(size / 1024 / 1024).toFixed(1)} MB; sendlint checks files up to 5 MB` };
    const buffer = readFileSync(path);
    if (buffer.includes(0)) return { error: 'file looks binary (it contains NUL bytes), so it was not checked' };
    return { text: buffer.toString('utf8').replace(/^\uFEFF/, '') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `could not read the file (${code ?? (error as Error).message})` };
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        'max-warnings': { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`sendlint: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const formatter = FORMATS[values.format!];
  if (!formatter) {
    io.stderr.write(`sendlint: unknown format "${values.format}" (use one of: ${Object.keys(FORMATS).join(', ')})\n`);
    return 2;
  }
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) {
    io.stderr.write(`sendlint: --max-warnings needs a whole number, got "${values['max-warnings']}"\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr.write(`sendlint: no files given\n\n${HELP}`);
    return 2;
  }

  let files: string[];
  let resolver: ConfigResolver;
  try {
    files = await expandOperands(positionals, io.cwd);
    resolver = new ConfigResolver(values.config ? loadConfigFile(values.config) : undefined);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`sendlint: ${error.message}\n`);
      return 2;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.stderr.write(`sendlint: ${values.config}: config file not found\n`);
      return 2;
    }
    throw error;
  }

  const reports: FileReport[] = [];
  let failed = false;
  for (const file of files) {
    const path = relative(io.cwd, file) || file;
    const read = readDocument(file);
    if ('error' in read) {
      reports.push({ path, result: null, error: read.error });
      failed = true;
      continue;
    }
    let config;
    try {
      config = resolver.forFile(file).config;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr.write(`sendlint: ${error.message}\n`);
      return 2;
    }
    reports.push({ path, result: lint(read.text, { config, now: io.now }) });
  }

  io.stdout.write(formatter(reports, { color: Boolean(io.stdout.isTTY) && !process.env.NO_COLOR, cwd: io.cwd }));
  const findings = reports.flatMap((r) => r.result?.findings ?? []);
  if (failed) return 2;
  if (findings.some((f) => f.severity === 'error')) return 1;
  if (findings.filter((f) => f.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}
