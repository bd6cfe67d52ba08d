import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, relative } from 'node:path';
import type { LintConfig } from '../engine/index.js';
import { isConverted, type SourceMap } from '../readers/index.js';
import { buildId } from './build-id.js';
import { cacheKey, contentDigest, countFindings, type Counts, type PieceName, type ResultCache } from './cache.js';
import type { CheckDone, CheckJob } from './check-one.js';
import { decodeDocument, MAX_FILE_BYTES, readDocumentBytes } from './documents.js';
import { loadEngineSide } from './engine-side.js';
import type { FileReport } from './formats/types.js';

/**
 * A report that may also carry where converted text came from (for the
 * coverage report), its finding counts, and its cache key. When the cache
 * held this document's finished part of the report asked for (see
 * `pieceName`), that is `piece`, and `result` is null: nothing was decoded.
 */
export type CheckedReport = FileReport & { sourceMap?: SourceMap; counts?: Counts; cacheKey?: string; piece?: Buffer };

export interface CheckManyOptions {
  cwd: string;
  /** The config of each document (a ConfigResolver, or the CLI's cached configs). */
  resolver: { forFile(path: string): { config: LintConfig } };
  now: Date;
  cache?: ResultCache;
  /** Worker threads to use; 1 checks in this thread. */
  jobs: number;
  /** Threads the caller started (and closes); otherwise checkMany starts and closes its own. */
  workers?: Workers;
  /** Where progress lines go (a TTY's stderr), or undefined for none. */
  progress?: { write(s: string): unknown };
  /** The report piece the caller would take instead of a cached result, by the path it shows. */
  pieceName?: (path: string) => PieceName;
}

/** Fewer documents than this are checked in this thread: starting workers would cost more than it saves. */
const MIN_FILES_FOR_WORKERS = 16;

export const defaultJobs = () => availableParallelism();

/** What every cache key of a run shares: the build of sendlint and the day (see ResultCache.setScope). */
export const cacheScope = (now: Date) => `${buildId()} ${now.toISOString().slice(0, 10)}`;

/** The file's stat, or undefined when it cannot be had (reading the file then says why). */
function statIfAny(path: string) {
  try {
    return statSync(path, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function readBinary(path: string): { bytes: Buffer } | { error: string } {
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
type Pool = InstanceType<Awaited<ReturnType<typeof loadTinypool>>>;

/** Threads worth starting for this many documents: at least 8 each, so each thread's start-up cost is shared by enough work. */
const threadsFor = (documents: number, jobs: number) => (documents < MIN_FILES_FOR_WORKERS ? 1 : Math.max(1, Math.min(jobs, Math.floor(documents / 8))));

/**
 * The worker threads of one run, started on first need or ahead of it: a
 * thread takes a while to load the engine, which it can do while this thread
 * is still resolving configs and reading documents. The owner closes it.
 */
export class Workers {
  private pool?: Promise<Pool>;
  constructor(private readonly jobs: number) {}

  /** Starts the threads now when this many documents will certainly be checked (no cache can answer for them). */
  startFor(documents: number): void {
    const threads = threadsFor(documents, this.jobs);
    // A pool that fails to start reports that to whoever uses it; unused, it must not crash the run.
    if (threads > 1) this.get(threads).catch(() => {});
  }

  /** The pool, started with `threads` threads unless it was started already. */
  get(threads: number): Promise<Pool> {
    // The threads start from dist/cli-thread.mjs, beside this bundle. Each keeps a few documents queued, so it
    // goes straight on to the next one instead of waiting for this thread (slow to wake on a busy machine) to send it.
    this.pool ??= loadTinypool().then(
      (Tinypool) =>
        new Tinypool({ filename: new URL('./cli-thread.mjs', import.meta.url).href, name: 'check', minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 4 }),
    );
    return this.pool;
  }

  async close(): Promise<void> {
    const pool = await this.pool?.catch(() => undefined);
    await pool?.destroy();
  }
}

async function runJobs(jobs: CheckJob[], threads: number, workers: Workers, onDone: () => void): Promise<CheckDone[]> {
  if (jobs.length === 0) return [];
  if (threads <= 1) {
    const { checkOne } = await loadEngineSide();
    const out: CheckDone[] = [];
    for (const job of jobs) {
      out.push(await checkOne(job));
      onDone();
    }
    return out;
  }
  const pool = await workers.get(threads);
  return Promise.all(
    jobs.map(async (job) => {
      const done = (await pool.run(job)) as CheckDone;
      onDone();
      return done;
    }),
  );
}

/**
 * Checks many documents: answers what it can from the cache, then checks the
 * rest on `jobs` worker threads. A config error stops the run (exit code 2),
 * as in the one-file-at-a-time path; an unreadable file does not.
 */
export async function checkMany(files: string[], options: CheckManyOptions, stderr: { write(s: string): unknown }): Promise<{ code: number } | { reports: CheckedReport[] }> {
  const { cwd, resolver, now, cache } = options;
  const day = now.toISOString().slice(0, 10);
  cache?.setScope(cacheScope(now));
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
    const readBytes = () => (converted ? readBinary(absolutePath) : readDocumentBytes(absolutePath));
    // A file unchanged since an earlier run (by its stat) is not read to find it in the cache; the stat comes before any read.
    const stats = cache && statIfAny(absolutePath);
    const known = stats?.isFile() ? cache!.knownDigest(absolutePath, stats) : undefined;
    // Only the bytes are needed to find a document in the cache; Markdown is decoded (and refused if binary) when it is checked.
    let read = known ? undefined : readBytes();
    if (read && 'error' in read) {
      reports.push({ path, absolutePath, result: null, error: read.error });
      continue;
    }
    let key: string | undefined;
    if (cache) {
      const digest = known ?? contentDigest(read!.bytes);
      if (!known && stats?.isFile()) cache.recordDigest(absolutePath, stats, digest);
      key = cacheKey({ digest, config, kind: extname(absolutePath).toLowerCase(), day, build: buildId() });
      const hit = cache.get(key, options.pieceName?.(path));
      if (hit) {
        reports.push({ path, absolutePath, counts: hit.counts, cacheKey: key, ...('piece' in hit ? { result: null, piece: hit.piece } : { result: hit.result, ...(hit.sourceMap ? { sourceMap: hit.sourceMap } : {}) }) });
        continue;
      }
    }
    read ??= readBytes();
    if ('error' in read) {
      reports.push({ path, absolutePath, result: null, error: read.error });
      continue;
    }
    const document = converted ? undefined : decodeDocument(read.bytes);
    if (document && 'error' in document) {
      reports.push({ path, absolutePath, result: null, error: document.error });
      continue;
    }
    reports.push({ path, absolutePath, result: null });
    const job: CheckJob = { absolutePath, config, now: now.getTime(), ...(document ? { text: document.text } : { bytes: read.bytes }) };
    pending.push({ index: reports.length - 1, job, key });
  }

  let done = 0;
  const tick = options.progress
    ? () => {
        done++;
        if (done % 10 === 0 || done === pending.length) options.progress!.write(`\rsendlint: checked ${done} of ${pending.length} files`);
      }
    : () => {};
  const workers = options.workers ?? new Workers(options.jobs);
  let results: CheckDone[];
  try {
    results = await runJobs(
      pending.map((p) => p.job),
      threadsFor(pending.length, options.jobs),
      workers,
      tick,
    );
  } finally {
    if (!options.workers) await workers.close();
  }
  if (options.progress && pending.length) options.progress.write('\r\x1b[K');
  results.forEach((outcome, i) => {
    const { index, key } = pending[i]!;
    const report = reports[index]!;
    if ('error' in outcome) {
      report.error = outcome.error;
      return;
    }
    report.result = outcome.result;
    report.counts = countFindings(outcome.result);
    if (outcome.sourceMap) report.sourceMap = outcome.sourceMap;
    if (key) {
      cache!.set(key, outcome);
      report.cacheKey = key;
    }
  });
  return { reports };
}
