/**
 * Which phrase families could match a text, for many patterns at once. A pattern with necessary literals
 * (worked out at build time by scripts/phrase-literals.mjs) can match only a text containing one of them;
 * one pass of an Aho-Corasick automaton over the text finds every literal of every pattern, so a 5 MB report
 * is read once instead of once per pattern (about 200 of them). Patterns without such literals are always
 * "possible". The patterns still decide.
 */
export class FamilyPrefilter {
  /** Per group (an item's families), the bits of the families that are always possible. */
  private readonly always: Int32Array;
  /** Each ASCII character's column in the automaton, upper case as lower; 0 for characters no literal has. */
  private readonly columnOf = new Uint8Array(128);
  private readonly columns: number;
  /** Automaton moves, goto[state * columns + column]; state 0 is the start. Compact, as it is read at every character. */
  private readonly goto: Uint16Array | Int32Array;
  /**
   * What the literals ending at each state (its own and its fail state's) make possible, as [group, bits]
   * pairs, one per group: found[foundStart[state]] up to found[foundStart[state + 1]].
   */
  private readonly found: Int32Array;
  private readonly foundStart: Int32Array;

  /** Per group (an item's families), each family's literals in lower-case ASCII, or null for none. */
  constructor(groups: readonly (readonly (readonly string[] | null)[])[]) {
    this.always = new Int32Array(groups.length);
    const entries: { literal: string; group: number; bit: number }[] = [];
    groups.forEach((families, group) =>
      families.forEach((literals, bit) => {
        if (literals) for (const literal of literals) entries.push({ literal, group, bit });
        else this.always[group]! |= 1 << bit;
      }),
    );
    let columns = 1;
    for (const { literal } of entries) for (let i = 0; i < literal.length; i++) this.columnOf[literal.charCodeAt(i)] ||= columns++;
    this.columns = columns;
    for (let code = 0x41; code <= 0x5a; code++) this.columnOf[code] = this.columnOf[code + 0x20]!;

    // The trie: a move to a state other than the start is an edge (no edge leads back to the start).
    const goto = new Int32Array((1 + entries.reduce((n, e) => n + e.literal.length, 0)) * columns);
    const own: number[][] = [[]];
    for (const { literal, group, bit } of entries) {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const at = state * columns + this.columnOf[literal.charCodeAt(i)]!;
        if (goto[at] === 0) {
          goto[at] = own.length;
          own.push([]);
        }
        state = goto[at]!;
      }
      own[state]!.push(group, bit);
    }

    // Breadth-first, so a state's fail state (the longest proper suffix in the trie) is complete before it:
    // a missing move is the fail state's move, and a state outputs what its fail state outputs.
    const fail = new Int32Array(own.length);
    const outputs: Map<number, number>[] = [];
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const row = state * columns;
      const failRow = fail[state]! * columns;
      for (let column = 1; column < columns; column++) {
        const next = goto[row + column]!;
        if (next === 0) goto[row + column] = state === 0 ? 0 : goto[failRow + column]!;
        else {
          fail[next] = state === 0 ? 0 : goto[failRow + column]!;
          queue.push(next);
        }
      }
      const bitsByGroup = new Map(state === 0 ? [] : outputs[fail[state]!]!);
      const ends = own[state]!;
      for (let k = 0; k < ends.length; k += 2) bitsByGroup.set(ends[k]!, (bitsByGroup.get(ends[k]!) ?? 0) | (1 << ends[k + 1]!));
      outputs[state] = bitsByGroup;
    }
    this.goto = own.length <= 0xffff ? Uint16Array.from(goto.subarray(0, own.length * columns)) : goto.subarray(0, own.length * columns);
    this.foundStart = new Int32Array(own.length + 1);
    const found: number[] = [];
    for (let state = 0; state < own.length; state++) {
      this.foundStart[state] = found.length;
      for (const [group, bits] of outputs[state]!) found.push(group, bits);
    }
    this.foundStart[own.length] = found.length;
    this.found = Int32Array.from(found);
  }

  /** For each group, the bits of the families that could match the text. */
  possible(text: string): Int32Array {
    return this.possibleInto(text, new Int32Array(this.always.length), 0);
  }

  /** The same, written into `bits` from `at` on (one array for many texts allocates less). */
  possibleInto(text: string, bits: Int32Array, at: number): Int32Array {
    bits.set(this.always, at);
    const { goto, found, foundStart, columnOf, columns } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0x80) code = foldCode(code);
      // A character no literal has (column 0, or outside ASCII) ends every partial match.
      const column = code < 0x80 ? columnOf[code]! : 0;
      state = column === 0 ? 0 : goto[state * columns + column]!;
      for (let j = foundStart[state]!, end = foundStart[state + 1]!; j < end; j += 2) bits[at + found[j]!]! |= found[j + 1]!;
    }
    return bits;
  }
}

const foldCache = new Map<number, number>();

/**
 * Folds a non-ASCII UTF-16 code unit so that any character a case-insensitive pattern matches with an ASCII
 * character folds to that character (ASCII itself is folded by the column table): a character whose upper case is ASCII
 * ("ſ" upper-cases to "S") or whose lower case is (the Kelvin sign). Folding more than the pattern would is
 * safe: a literal is then found where the pattern may not match, and the pattern still decides.
 */
function foldCode(code: number): number {
  let folded = foldCache.get(code);
  if (folded === undefined) {
    const char = String.fromCharCode(code);
    const upper = char.toUpperCase();
    const lower = char.toLowerCase();
    folded = upper.length === 1 && upper.charCodeAt(0) < 0x80 ? upper.toLowerCase().charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : code;
    foldCache.set(code, folded);
  }
  return folded;
}
