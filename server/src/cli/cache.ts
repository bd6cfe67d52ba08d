import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, statSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import type { LintResult } from '../engine/index.js';
import type { SourceMap } from '../readers/index.js';
import type { CheckDone } from './check-one.js';
import type { LoadedConfig } from '../config/config.js';
import { replaceFileAtomically } from './documents.js';

export const DEFAULT_CACHE_FILE = '.sendlintcache';
export const CACHE_FORMAT = 3;
/** Entries kept beyond those used in this run, so runs over part of a repository (shards, --changed-since) keep the rest. */
const MAX_KEPT = 5000;
/** Report pieces kept per document: this run's first, then the latest others (other formats, colour, paths). */
const MAX_PIECES = 4;

type Entry = Extract<CheckDone, { result: unknown }>;

/** How many findings a result has of each severity: error, warning, info, hint. */
export type Counts = [number, number, number, number];

export function countFindings(result: LintResult): Counts {
  const counts: Counts = [0, 0, 0, 0];
  for (const f of result.findings) counts[f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : f.severity === 'info' ? 2 : 3]++;
  return counts;
}

/**
 * Which piece of a report: its kind (format and options, such as colour) and
 * the document's path as the report shows it.
 */
export interface PieceName {
  kind: string;
  path: string;
}
const pieceKey = (name: PieceName) => `${name.kind}\n${name.path}`;
const kindOf = (key: string) => key.slice(0, key.indexOf('\n'));

/** What the cache gives for a document: its counts, and either the report piece asked for or the whole result. */
export type CacheHit = { counts: Counts } & ({ piece: Buffer } | { result: LintResult; sourceMap?: SourceMap });

const prefixes = new WeakMap<object, Map<string, string>>();

/** A digest of a document's bytes. */
export const contentDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('base64url');

/**
 * The key of one check: everything its result depends on. The digest of the
 * document's bytes (not its date or path, so a fresh CI checkout still hits),
 * the resolved config, the day (some checks compare dates with today), and the
 * build of sendlint (its version and a hash of its own code, so a changed rule
 * never serves an old answer). Documents share their folder's config object,
 * so the digest of everything but the content is worked out once per config;
 * the key is that digest followed by the content's (both of fixed length).
 */
export function cacheKey(parts: { digest: string; config: object; kind: string; day: string; build: string }): string {
  let byConfig = prefixes.get(parts.config);
  if (!byConfig) prefixes.set(parts.config, (byConfig = new Map()));
  const head = `${parts.kind}\0${parts.day}\0${parts.build}`;
  let prefix = byConfig.get(head);
  if (!prefix) {
    prefix = createHash('sha256').update(JSON.stringify([CACHE_FORMAT, parts.build, parts.day, parts.kind, parts.config])).digest('base64url');
    byConfig.set(head, prefix);
  }
  return prefix + parts.digest;
}

/*
 * The file: one line `sendlint-cache <format> <index bytes> <data bytes>`,
 * the index (JSON), then the data. The index holds the configs and, for each
 * document's key, its finding counts and where in the data its result (JSON)
 * and its report pieces are. A piece is a document's finished part of a
 * stylish or JSON report, for one kind (format, colour, --quiet) and path.
 * The pieces of each kind are stored together, so a warm run reads the index,
 * then the pieces of its kind in one read, and copies each document's piece
 * into its report: it neither reads nor parses a result.
 */
type Span = [start: number, length: number];
interface IndexEntry {
  n: Counts;
  r: Span;
  p?: Record<string, Span>;
}
interface Index {
  entries: Record<string, IndexEntry>;
  configs: Record<string, LoadedConfig>;
  /** Content digests of files by absolute path, with the file's identity and times when it was read. */
  files?: Record<string, [stats: string, digest: string]>;
  /** Where the pieces of each kind are. */
  kinds?: Record<string, Span>;
  /** The build and day of the run that wrote the file (see setScope). */
  scope?: string;
}

/** Bytes in hand, or a span of the file's data, read when first needed. */
type Bytes = Buffer | Span;

/** One document's cached answer, still encoded. */
interface Stored {
  counts: Counts;
  result: Bytes;
  pieces: Map<string, Bytes>;
}

const MAGIC = 'sendlint-cache';
/** How recently changed a file may be for its digest not to be recorded (see recordDigest). */
const RACY_MS = 3000;
const isRecord = (known: unknown): known is [string, string] => Array.isArray(known) && known.length === 2 && known.every((x) => typeof x === 'string');
const identity = (s: BigIntStats) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
const HEAD_MAX = 100;
const isCounts = (n: unknown): n is Counts => Array.isArray(n) && n.length === 4 && n.every((x) => Number.isInteger(x) && x >= 0);
const isSpan = (span: unknown, within: number): span is Span =>
  Array.isArray(span) && span.length === 2 && span.every((x) => Number.isInteger(x) && x >= 0) && span[0] + span[1] <= within;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new Error('cache file cut short');
    done += n;
  }
  return buffer;
}

/**
 * The open file: its index, and where its data starts. The file stays open
 * until the cache is saved, so what is read later comes from this file even
 * if another run replaces it meanwhile.
 */
interface OpenFile {
  fd: number;
  index: Index;
  dataStart: number;
  dataLength: number;
}

/** Opens the file and reads its index; null when it is missing, of another format, cut short or otherwise damaged. */
function openCacheFile(file: string): OpenFile | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const { size } = fstatSync(fd);
    const start = readAt(fd, 0, Math.min(HEAD_MAX, size));
    const eol = start.indexOf(10);
    const head = eol > 0 ? /^(\S+) (\d+) (\d+) (\d+)$/.exec(start.toString('latin1', 0, eol)) : null;
    if (!head || head[1] !== MAGIC || Number(head[2]) !== CACHE_FORMAT) throw new Error('not a cache file of this format');
    const [indexLength, dataLength] = [Number(head[3]), Number(head[4])];
    if (eol + 1 + indexLength + dataLength !== size) throw new Error('cut short or too long');
    const index = JSON.parse(readAt(fd, eol + 1, indexLength).toString('utf8')) as Index;
    if (![index?.entries, index?.configs].every((s) => s && typeof s === 'object' && !Array.isArray(s))) throw new Error('no index');
    return { fd, index, dataStart: eol + 1 + indexLength, dataLength };
  } catch {
    if (fd !== undefined) closeSync(fd);
    return null;
  }
}

/** Results of earlier runs by cache key, and configs resolved by earlier runs, kept in one file. */
export class ResultCache {
  /** Entries and configs used or added in this run, in that order. */
  private readonly used = new Map<string, Stored>();
  private readonly configs = new Map<string, LoadedConfig>();
  private readonly files = new Map<string, [string, string]>();
  private readonly old: Index;
  private changed = false;
  /** The pieces of each kind read so far (null: they could not be read). */
  private readonly kinds = new Map<string, { start: number; bytes: Buffer } | null>();
  private scope?: string;

  private constructor(
    readonly file: string,
    private opened: OpenFile | null,
  ) {
    this.old = opened?.index ?? { entries: {}, configs: {} };
  }

  /**
   * The build of sendlint and the day of this run. Every key includes both,
   * so entries and configs written under another scope can never be used
   * again: they are dropped rather than kept for later runs.
   */
  setScope(scope: string): void {
    if (this.scope === scope) return;
    this.scope = scope;
    if (this.old.scope !== scope) {
      this.old.entries = {};
      this.old.configs = {};
    }
  }

  /** Whether the file held no results usable in this scope, so every document will be checked. */
  get isEmpty(): boolean {
    return this.used.size === 0 && Object.keys(this.old.entries).length === 0;
  }

  /** Opens the cache file; a missing, damaged or older-format file starts an empty cache. */
  static open(location: string): ResultCache {
    let file = location;
    try {
      if (statSync(location).isDirectory()) file = join(location, DEFAULT_CACHE_FILE);
    } catch {
      // Not there yet: it is the file to create.
    }
    return new ResultCache(file, openCacheFile(file));
  }

  private read(span: Span): Buffer | undefined {
    try {
      return readAt(this.opened!.fd, this.opened!.dataStart + span[0], span[1]);
    } catch {
      return undefined;
    }
  }

  /** The bytes of a result, or of a piece of this kind (read with all its kind); undefined when the file can no longer be read. */
  private bytes(bytes: Bytes, kind?: string): Buffer | undefined {
    if (Buffer.isBuffer(bytes)) return bytes;
    const all = kind === undefined ? undefined : this.piecesOf(kind);
    const [start, length] = bytes;
    if (all && start >= all.start && start + length <= all.start + all.bytes.length) return all.bytes.subarray(start - all.start, start - all.start + length);
    return this.read(bytes);
  }

  private piecesOf(kind: string): { start: number; bytes: Buffer } | undefined {
    if (!this.kinds.has(kind)) {
      const span = this.old.kinds && Object.hasOwn(this.old.kinds, kind) ? this.old.kinds[kind] : undefined;
      const bytes = isSpan(span, this.opened?.dataLength ?? 0) ? this.read(span) : undefined;
      this.kinds.set(kind, bytes ? { start: span![0], bytes } : null);
    }
    return this.kinds.get(kind) ?? undefined;
  }

  /** An entry of the file as Stored, or undefined when its index entry is damaged. */
  private fromFile(entry: IndexEntry): Stored | undefined {
    const within = this.opened?.dataLength ?? 0;
    if (!entry || !isCounts(entry.n) || !isSpan(entry.r, within)) return undefined;
    const pieces = new Map<string, Bytes>();
    for (const [variant, span] of Object.entries(entry.p && typeof entry.p === 'object' ? entry.p : {})) {
      if (isSpan(span, within)) pieces.set(variant, span);
    }
    return { counts: entry.n, result: entry.r, pieces };
  }

  private stored(key: string): Stored | undefined {
    let stored = this.used.get(key);
    // Entries of the file are left in place (deleting keys from a large object slows every later lookup); write() skips those used.
    if (!stored && Object.hasOwn(this.old.entries, key)) {
      stored = this.fromFile(this.old.entries[key]!);
      if (stored) this.used.set(key, stored);
    }
    return stored;
  }

  /**
   * The cached answer for a key: the report piece of that name when there is
   * one, otherwise the whole result. A damaged entry is a miss.
   */
  get(key: string, name?: PieceName): CacheHit | undefined {
    const stored = this.stored(key);
    if (!stored) return undefined;
    const span = name && stored.pieces.get(pieceKey(name));
    const piece = span && this.bytes(span, name.kind);
    if (piece) return { counts: stored.counts, piece };
    let entry: Entry | undefined;
    try {
      entry = JSON.parse(this.bytes(stored.result)?.toString('utf8') ?? 'null') as Entry;
    } catch {
      // A damaged result: checked again.
    }
    if (!entry?.result || !Array.isArray(entry.result.findings)) {
      this.used.delete(key);
      return undefined;
    }
    return { counts: stored.counts, result: entry.result, ...(entry.sourceMap ? { sourceMap: entry.sourceMap } : {}) };
  }

  set(key: string, entry: Entry): void {
    this.used.set(key, { counts: countFindings(entry.result), result: Buffer.from(JSON.stringify(entry)), pieces: new Map() });
    this.changed = true;
  }

  /** Keeps a document's finished part of a report, for runs asking for the same piece (kind and path). */
  setPiece(key: string, name: PieceName, piece: Buffer): void {
    const stored = this.used.get(key);
    if (!stored) return;
    const others = [...stored.pieces].filter(([k]) => k !== pieceKey(name)).slice(0, MAX_PIECES - 1);
    stored.pieces = new Map([[pieceKey(name), piece], ...others]);
    this.changed = true;
  }

  /**
   * The digest of a file's bytes recorded by an earlier run, when the file's
   * device, inode, size, modification and change times are all as they were
   * then; otherwise undefined, and the file must be read.
   */
  knownDigest(path: string, stats: BigIntStats): string | undefined {
    let known = this.files.get(path);
    if (!known && this.old.files && Object.hasOwn(this.old.files, path)) {
      known = this.old.files[path];
      if (isRecord(known)) this.files.set(path, known);
    }
    return known?.[0] === identity(stats) ? known[1] : undefined;
  }

  /**
   * Records the digest of a file's bytes, read after `stats` was taken, for
   * knownDigest. Not for a file changed in the last few seconds: a file
   * system keeps times to a second or two at worst, so a file changed again
   * within that time could keep the same times (git calls such entries racy).
   * An older file's next change always gives it a later change time, and no
   * program can set that time back. Records alone do not make save() write
   * the file: a CI run on a fresh checkout, whose records no later run can
   * use, leaves the cache as it was.
   */
  recordDigest(path: string, stats: BigIntStats, digest: string): void {
    if (stats.ctimeNs > BigInt(Date.now() - RACY_MS) * 1_000_000n) return;
    this.files.set(path, [identity(stats), digest]);
  }

  getConfig(key: string): LoadedConfig | undefined {
    let config = this.configs.get(key);
    if (!config && Object.hasOwn(this.old.configs, key)) {
      config = this.old.configs[key];
      if (config) this.configs.set(key, config);
    }
    return config;
  }

  setConfig(key: string, config: LoadedConfig): void {
    this.configs.set(key, config);
    this.changed = true;
  }

  /**
   * Writes the entries used in this run, then older ones up to a limit,
   * atomically; a run that added nothing leaves the file as it is. Returns an
   * error sentence or null.
   */
  save(): string | null {
    const written = this.changed ? this.write() : null;
    if (this.opened) closeSync(this.opened.fd);
    this.opened = null;
    return written;
  }

  private write(): string | null {
    // Results go after the pieces, which are grouped by kind: entries get their spans once the groups' sizes are known.
    const results: Buffer[] = [];
    let resultsLength = 0;
    const kinds = new Map<string, { parts: Buffer[]; length: number }>();
    const placed: { key: string; counts: Counts; result: Span; pieces: [string, string, Span][] }[] = [];
    const write = (key: string, stored: Stored) => {
      const result = this.bytes(stored.result);
      if (!result) return;
      results.push(result);
      resultsLength += result.length;
      const entry = { key, counts: stored.counts, result: [resultsLength - result.length, result.length] as Span, pieces: [] as [string, string, Span][] };
      for (const [name, span] of stored.pieces) {
        const kind = kindOf(name);
        const piece = this.bytes(span, kind);
        if (!piece) continue;
        let group = kinds.get(kind);
        if (!group) kinds.set(kind, (group = { parts: [], length: 0 }));
        group.parts.push(piece);
        group.length += piece.length;
        entry.pieces.push([name, kind, [group.length - piece.length, piece.length]]);
      }
      placed.push(entry);
    };
    for (const [key, stored] of this.used) write(key, stored);
    let room = MAX_KEPT;
    for (const [key, entry] of Object.entries(this.old.entries)) {
      if (this.used.has(key)) continue;
      if (room-- <= 0) break;
      const stored = this.fromFile(entry);
      if (stored) write(key, stored);
    }
    const kindSpans: Record<string, Span> = {};
    let piecesLength = 0;
    for (const [kind, group] of kinds) {
      kindSpans[kind] = [piecesLength, group.length];
      piecesLength += group.length;
    }
    const entries: Record<string, IndexEntry> = {};
    for (const { key, counts, result, pieces } of placed) {
      const entry: IndexEntry = { n: counts, r: [piecesLength + result[0], result[1]] };
      for (const [name, kind, [start, length]] of pieces) (entry.p ??= {})[name] = [kindSpans[kind]![0] + start, length];
      entries[key] = entry;
    }
    const configs = Object.fromEntries([...this.configs, ...Object.entries(this.old.configs).filter(([k]) => !this.configs.has(k)).slice(0, MAX_KEPT)]);
    const oldFiles = Object.entries(this.old.files ?? {}).filter(([path, known]) => !this.files.has(path) && isRecord(known));
    const files = Object.fromEntries([...this.files, ...oldFiles.slice(0, MAX_KEPT)]);
    const index = Buffer.from(JSON.stringify({ entries, configs, kinds: kindSpans, files, scope: this.scope }));
    const head = Buffer.from(`${MAGIC} ${CACHE_FORMAT} ${index.length} ${piecesLength + resultsLength}\n`, 'latin1');
    return replaceFileAtomically(this.file, Buffer.concat([head, index, ...[...kinds.values()].flatMap((g) => g.parts), ...results]));
  }
}
