/**
 * A bounded cache from a block's text to what a language check worked out from
 * it. While a SENCO types, only the edited block's text is new, so every other
 * block's work is reused (issue 4: keystroke-to-diagnostics latency). Results
 * must depend on the text alone, with offsets relative to it. When full, the
 * least recently used entry goes, so memory stays bounded however long a
 * session runs.
 */
export class TextMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit = 4096) {}

  get(text: string, compute: (text: string) => V): V {
    const hit = this.entries.get(text);
    if (hit !== undefined) {
      // Re-insert so Map order stays least-recently-used first.
      this.entries.delete(text);
      this.entries.set(text, hit);
      return hit;
    }
    const value = compute(text);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(text, value);
    return value;
  }
}
