/**
 * A bounded cache from a block's text to what a language check worked out from
 * it. While a SENCO types, only the edited block's text is new, so every other
 * block's work is reused (issue 4: keystroke-to-diagnostics latency). Results
 * must depend on the text alone, with offsets relative to it. When full, the
 * oldest entry goes, so memory stays bounded however long a session runs (a
 * block still in use is simply worked out again once). Keeping the order by
 * last use instead cost a delete and a re-insert on every hit, which on a
 * long report took as long as the lookups themselves.
 */
/** Longer texts are not memoised (a long report's paragraphs and table rows are far shorter). */
const MAX_TEXT_LENGTH = 8192;

export class TextMemo<V> {
  /** Keyed by a copy of the text: see get. */
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit = 4096) {}

  get(text: string, compute: (text: string) => V): V {
    // The limit counts entries, not characters: a long text is worked out each time rather than kept, or
    // a session editing a very long paragraph would keep thousands of near-copies of it.
    if (text.length > MAX_TEXT_LENGTH) return compute(text);
    const hit = this.entries.get(text);
    if (hit !== undefined) return hit;
    // A block's text is usually a slice of the whole document, and V8 keeps a slice's parent string
    // alive: a cached slice, or a match sliced from it, pinned an old version of the whole document
    // (the server soak found ~500 stale versions held after 1,000 edits). Cache a copy of this text alone.
    const own = ownCopy(text);
    const value = compute(own);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(own, value);
    return value;
  }
}

/** A string with the same characters that shares no storage with `text` (concatenating, then slicing, flattens into new storage). */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
