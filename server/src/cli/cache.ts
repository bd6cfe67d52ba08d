import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckDone } from './check-one.js';
import { replaceFileAtomically } from './documents.js';

export const DEFAULT_CACHE_FILE = '.sendlintcache';
const FORMAT = 1;
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
  hash.update(JSON.stringify([FORMAT, parts.build, parts.day, parts.kind, parts.config]));
  hash.update('\0');
  hash.update(parts.content);
  return hash.digest('base64url');
}

/** Results of earlier runs by cache key, kept in one JSON file. */
export class ResultCache {
  private readonly used = new Map<string, Entry>();
  /** Whether this run added results, so the file needs writing. */
  private changed = false;
  private constructor(
    readonly file: string,
    private readonly old: Record<string, Entry>,
  ) {}

  /** Opens the cache file; a missing, damaged or older-format file starts an empty cache. */
  static open(location: string): ResultCache {
    let file = location;
    try {
      if (statSync(location).isDirectory()) file = join(location, DEFAULT_CACHE_FILE);
    } catch {
      // Not there yet: it is the file to create.
    }
    let entries: Record<string, Entry> = {};
    try {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      if (data?.format === FORMAT && data.entries && typeof data.entries === 'object') entries = data.entries;
    } catch {
      // No usable cache: every document is checked.
    }
    return new ResultCache(file, entries);
  }

  get(key: string): Entry | undefined {
    const entry = this.used.get(key) ?? this.old[key];
    if (entry) this.used.set(key, entry);
    return entry;
  }

  set(key: string, entry: Entry): void {
    this.used.set(key, entry);
    this.changed = true;
  }

  /**
   * Writes the entries used in this run, then older ones up to a limit; a run
   * that added nothing leaves the file as it is. Returns an error sentence or null.
   */
  save(): string | null {
    if (!this.changed) return null;
    const entries: Record<string, Entry> = Object.fromEntries(this.used);
    let room = MAX_KEPT;
    for (const [key, entry] of Object.entries(this.old)) {
      if (room-- <= 0) break;
      if (!(key in entries)) entries[key] = entry;
    }
    return replaceFileAtomically(this.file, JSON.stringify({ format: FORMAT, entries }));
  }
}
