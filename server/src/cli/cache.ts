import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckDone } from './check-one.js';
import type { LoadedConfig } from '../config/config.js';
import { replaceFileAtomically } from './documents.js';

export const DEFAULT_CACHE_FILE = '.sendlintcache';
export const CACHE_FORMAT = 2;
/** Entries kept beyond those used in this run, so runs over part of a repository (shards, --changed-since) keep the rest. */
const MAX_KEPT = 5000;

type Entry = Extract<CheckDone, { result: unknown }>;

/**
 * The key of one check: everything its result depends on. The document's
 * content (not its date or path, so a fresh CI checkout still hits), the
 * resolved config, the day (some checks compare dates with today), and the
 * build of sendlint (its version and a hash of its own code, so a changed rule
 * never serves an old answer).
 */
export function cacheKey(parts: { content: string | Uint8Array; config: unknown; kind: string; day: string; build: string }): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([CACHE_FORMAT, parts.build, parts.day, parts.kind, parts.config]));
  hash.update('\0');
  hash.update(parts.content);
  return hash.digest('base64url');
}

/*
 * Results repeat the same messages, citations and fix texts across documents,
 * so the file keeps each longer string once, in a table, and entries refer to
 * it by number: the file is several times smaller, and reading it back (which a
 * warm run spends most of its time on) is as much faster.
 */
const REF = '\u0001';
const MIN_INTERNED = 8;

class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  encode(value: unknown): unknown {
    if (typeof value === 'string') {
      if (value.length < MIN_INTERNED && !value.startsWith(REF)) return value;
      let i = this.index.get(value);
      if (i === undefined) this.index.set(value, (i = this.strings.push(value) - 1));
      return REF + i.toString(36);
    }
    if (Array.isArray(value)) return value.map((v) => this.encode(v));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const key in value) {
        const v = (value as Record<string, unknown>)[key];
        if (v !== undefined) out[key] = this.encode(v);
      }
      return out;
    }
    return value;
  }
}

/** Restores what StringTable.encode gave, in place (the parsed file is ours to change). */
function decode(value: unknown, strings: string[]): unknown {
  if (typeof value === 'string') return value.startsWith(REF) ? strings[parseInt(value.slice(1), 36)] : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i], strings);
    return value;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) record[key] = decode(record[key], strings);
  }
  return value;
}

/** One kind of cached answer: those read from the file (still encoded) and those used or added in this run. */
class Section<T> {
  readonly used = new Map<string, T>();
  changed = false;
  readonly isEmpty: boolean;
  constructor(
    private readonly old: Record<string, unknown>,
    private readonly strings: string[],
  ) {
    this.isEmpty = Object.keys(old).length === 0;
  }

  get(key: string): T | undefined {
    let entry = this.used.get(key);
    if (entry === undefined && Object.hasOwn(this.old, key)) {
      entry = decode(this.old[key], this.strings) as T;
      delete this.old[key];
      this.used.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: T): void {
    this.used.set(key, entry);
    this.changed = true;
  }

  /** The entries to write: those of this run, then older ones up to a limit. */
  encode(table: StringTable): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of this.used) out[key] = table.encode(entry);
    let room = MAX_KEPT;
    for (const [key, entry] of Object.entries(this.old)) {
      if (room-- <= 0) break;
      out[key] = table.encode(decode(entry, this.strings));
    }
    return out;
  }
}

/** Results of earlier runs by cache key, and configs resolved by earlier runs, kept in one JSON file. */
export class ResultCache {
  private readonly results: Section<Entry>;
  private readonly configs: Section<LoadedConfig>;
  private constructor(
    readonly file: string,
    data: { strings: string[]; entries: Record<string, unknown>; configs: Record<string, unknown> },
  ) {
    this.results = new Section(data.entries, data.strings);
    this.configs = new Section(data.configs, data.strings);
  }

  /** Opens the cache file; a missing, damaged or older-format file starts an empty cache. */
  static open(location: string): ResultCache {
    let file = location;
    try {
      if (statSync(location).isDirectory()) file = join(location, DEFAULT_CACHE_FILE);
    } catch {
      // Not there yet: it is the file to create.
    }
    let data = { strings: [] as string[], entries: {}, configs: {} };
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8'));
      const usable = parsed?.format === CACHE_FORMAT && Array.isArray(parsed.strings) && [parsed.entries, parsed.configs].every((s) => s && typeof s === 'object');
      if (usable) data = parsed;
    } catch {
      // No usable cache: every document is checked.
    }
    return new ResultCache(file, data);
  }

  /** Whether the file held no results, so every document will be checked. */
  get isEmpty(): boolean {
    return this.results.isEmpty;
  }

  get(key: string): Entry | undefined {
    return this.results.get(key);
  }

  set(key: string, entry: Entry): void {
    this.results.set(key, entry);
  }

  getConfig(key: string): LoadedConfig | undefined {
    return this.configs.get(key);
  }

  setConfig(key: string, config: LoadedConfig): void {
    this.configs.set(key, config);
  }

  /**
   * Writes the entries used in this run, then older ones up to a limit; a run
   * that added nothing leaves the file as it is. Returns an error sentence or null.
   */
  save(): string | null {
    if (!this.results.changed && !this.configs.changed) return null;
    const table = new StringTable();
    const entries = this.results.encode(table);
    const configs = this.configs.encode(table);
    return replaceFileAtomically(this.file, JSON.stringify({ format: CACHE_FORMAT, strings: table.strings, entries, configs }));
  }
}
