/**
 * A bounded cache from a block's text to what a language check worked out from
 * it. While a SENCO types, only the edited block's text is new, so every other
 * block's work is reused (issue 4: keystroke-to-diagnostics latency). Results
 * must depend on the text alone, with offsets relative to it. When full, the
 * least recently used entry goes, so memory stays bounded however long a
 * session runs.
 */
export class TextMemo<V> {
  /** Keyed by the copy in `own`: see get. */
  private readonly entries = new Map<string, { own: string; value: V }>();

  constructor(private readonly limit = 4096) {}

  get(text: string, compute: (text: string) => V): V {
    const hit = this.entries.get(text);
    if (hit !== undefined) {
      // Re-insert so Map order stays least-recently-used first, under the cached copy, not the caller's string.
      this.entries.delete(text);
      this.entries.set(hit.own, hit);
      return hit.value;
    }
    // A block's text is usually a slice of the whole document, and V8 keeps a slice's parent string
    // alive: a cached slice, or a match sliced from it, pinned an old version of the whole document
    // (the server soak found ~500 stale versions held after 1,000 edits). Cache a copy of this text alone.
    const own = ownCopy(text);
    const value = compute(own);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(own, { own, value });
    return value;
  }
}

/** A string with the same characters that shares no storage with `text` (concatenating, then slicing, flattens into new storage). */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
