import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, relative } from 'node:path';
import type { LintConfig } from '../engine/index.js';
import { isConverted, type SourceMap } from '../readers/index.js';
import { buildId } from './build-id.js';
import { cacheKey, type ResultCache } from './cache.js';
import type { CheckDone, CheckJob } from './check-one.js';
import { MAX_FILE_BYTES, readDocument } from './documents.js';
import { loadEngineSide } from './engine-side.js';
import type { FileReport } from './formats/types.js';

/** A report that may also carry where converted text came from (for the coverage report). */
export type CheckedReport = FileReport & { sourceMap?: SourceMap };

export interface CheckManyOptions {
  cwd: string;
  /** The config of each document (a ConfigResolver, or the CLI's cached configs). */
  resolver: { forFile(path: string): { config: LintConfig } };
  now: Date;
  cache?: ResultCache;
  /** Worker threads to use; 1 checks in this thread. */
  jobs: number;
  /** Where progress lines go (a TTY's stderr), or undefined for none. */
  progress?: { write(s: string): unknown };
}

/** Fewer documents than this are checked in this thread: starting workers would cost more than it saves. */
const MIN_FILES_FOR_WORKERS = 16;

export const defaultJobs = () => availableParallelism();

function readBinary(path: string): { bytes: Uint8Array } | { error: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { error: `file is ${(size / 1024 / 1024).toFixed(1)} MB; sendlint checks files up to 5 MB, so it was not checked` };
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { error: `could not read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

// tinypool starts its threads from its own files, so it is loaded from
// node_modules at run time rather than bundled (a specifier in a variable is left alone by the bundler).
const TINYPOOL_MODULE = 'tinypool';
const loadTinypool = async (): Promise<typeof import('tinypool').default> => ((await import(TINYPOOL_MODULE)) as typeof import('tinypool')).default;

async function runJobs(jobs: CheckJob[], threads: number, onDone: () => void): Promise<CheckDone[]> {
  if (jobs.length === 0) return [];
  if (threads <= 1 || jobs.length < MIN_FILES_FOR_WORKERS) {
    const { checkOne } = await loadEngineSide();
    const out: CheckDone[] = [];
    for (const job of jobs) {
      out.push(await checkOne(job));
      onDone();
    }
    return out;
  }
  // The threads start from dist/cli-thread.mjs, beside this bundle.
  const Tinypool = await loadTinypool();
  const pool = new Tinypool({ filename: new URL('./cli-thread.mjs', import.meta.url).href, name: 'check', minThreads: threads, maxThreads: threads });
  try {
    return await Promise.all(
      jobs.map(async (job) => {
        const done = (await pool.run(job)) as CheckDone;
        onDone();
        return done;
      }),
    );
  } finally {
    await pool.destroy();
  }
}

/**
 * Checks many documents: answers what it can from the cache, then checks the
 * rest on `jobs` worker threads. A config error stops the run (exit code 2),
 * as in the one-file-at-a-time path; an unreadable file does not.
 */
export async function checkMany(files: string[], options: CheckManyOptions, stderr: { write(s: string): unknown }): Promise<{ code: number } | { reports: CheckedReport[] }> {
  const { cwd, resolver, now, cache } = options;
  const day = now.toISOString().slice(0, 10);
  const reports: CheckedReport[] = [];
  const pending: { index: number; job: CheckJob; key?: string }[] = [];
  for (const absolutePath of files) {
    const rel = relative(cwd, absolutePath);
    const path = rel && !rel.startsWith('..') ? rel : absolutePath;
    let config;
    try {
      config = resolver.forFile(absolutePath).config;
    } catch (error) {
      if (!(error instanceof (await loadEngineSide()).ConfigError)) throw error;
      stderr.write(`sendlint: ${error.message}\n`);
      return { code: 2 };
    }
    const converted = isConverted(absolutePath);
    const read = converted ? readBinary(absolutePath) : readDocument(absolutePath);
    if ('error' in read) {
      reports.push({ path, absolutePath, result: null, error: read.error });
      continue;
    }
    const content = 'text' in read ? read.text : read.bytes;
    const key = cache && cacheKey({ content, config, kind: extname(absolutePath).toLowerCase(), day, build: buildId() });
    const hit = key ? cache!.get(key) : undefined;
    reports.push({ path, absolutePath, result: hit?.result ?? null, ...(hit?.sourceMap ? { sourceMap: hit.sourceMap } : {}) });
    if (!hit) {
      const job: CheckJob = { absolutePath, config, now: now.getTime(), ...('text' in read ? { text: read.text } : { bytes: read.bytes }) };
      pending.push({ index: reports.length - 1, job, key });
    }
  }

  let done = 0;
  const tick = options.progress
    ? () => {
        done++;
        if (done % 10 === 0 || done === pending.length) options.progress!.write(`\rsendlint: checked ${done} of ${pending.length} files`);
      }
    : () => {};
  // At least 8 documents per thread, so each thread's start-up cost is shared by enough work.
  const threads = Math.max(1, Math.min(options.jobs, Math.floor(pending.length / 8)));
  const results = await runJobs(
    pending.map((p) => p.job),
    threads,
    tick,
  );
  if (options.progress && pending.length) options.progress.write('\r\x1b[K');
  results.forEach((outcome, i) => {
    const { index, key } = pending[i]!;
    const report = reports[index]!;
    if ('error' in outcome) {
      report.error = outcome.error;
      return;
    }
    report.result = outcome.result;
    if (outcome.sourceMap) report.sourceMap = outcome.sourceMap;
    if (key) cache!.set(key, outcome);
  });
  return { reports };
}
