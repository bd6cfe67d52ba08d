import { TextMemo } from './text-memo.js';

/** A term found by one of the patterns of a data file (outdated terms, jargon, inconsiderate wording). */
export interface TermSpec {
  id: string;
  patterns: string[];
  caseSensitive?: boolean;
  /** Skip the match when the text before it (same sentence) matches. */
  notBefore?: string;
  /** Skip the match when the text after it matches. */
  notAfter?: string;
}

export interface TermMatch<T> {
  term: T;
  start: number;
  end: number;
  text: string;
}

interface Compiled<T> {
  regex: RegExp;
  terms: T[];
}

const CONTEXT = 80;

/**
 * All of a data file's patterns compiled into two combined regular expressions
 * (case-sensitive and not), once, so a document is scanned once per file
 * rather than once per term.
 */
export class TermMatcher<T extends TermSpec> {
  private readonly compiled: Compiled<T>[];
  private readonly before = new Map<T, RegExp>();
  private readonly after = new Map<T, RegExp>();

  constructor(terms: T[]) {
    this.compiled = [true, false]
      .map((sensitive) => terms.filter((t) => !!t.caseSensitive === sensitive))
      .filter((group) => group.length > 0)
      .map((group) => {
        for (const term of group) {
          for (const pattern of term.patterns) {
            if (new RegExp(`${pattern}|`).exec('')!.length > 1) throw new Error(`Pattern for "${term.id}" has a capturing group: ${pattern}`);
          }
        }
        const source = group.map((t) => `(${t.patterns.join('|')})`).join('|');
        // No "u" flag: V8 runs case-insensitive Unicode alternations dozens of times slower, and the data needs no \p{...}.
        return { regex: new RegExp(source, group[0]!.caseSensitive ? 'g' : 'gi'), terms: group };
      });
    for (const term of terms) {
      if (term.notBefore) this.before.set(term, new RegExp(term.notBefore, 'i'));
      if (term.notAfter) this.after.set(term, new RegExp(term.notAfter, 'i'));
    }
  }

  /**
   * Results by block text. Rules scan block by block, and while someone types only
   * one block changes, so the language server re-scans that block alone.
   */
  private readonly memo = new TextMemo<TermMatch<T>[]>();

  /** Matches in document order; overlapping matches from the two expressions are both kept. Shared: do not change them. */
  find(text: string): readonly Readonly<TermMatch<T>>[] {
    return this.memo.get(text, (t) => this.scan(t));
  }

  private scan(text: string): TermMatch<T>[] {
    const result: TermMatch<T>[] = [];
    for (const { regex, terms } of this.compiled) {
      regex.lastIndex = 0;
      for (const match of text.matchAll(regex)) {
        const index = match.slice(1).findIndex((g) => g !== undefined);
        const term = terms[index];
        if (!term || match[0].length === 0) continue;
        const start = match.index;
        const end = start + match[0].length;
        const sentence = text.slice(Math.max(0, start - CONTEXT), start).split(/[.!?]\s|\n/).pop() ?? '';
        if (this.before.get(term)?.test(sentence)) continue;
        if (this.after.get(term)?.test(text.slice(end, end + CONTEXT))) continue;
        result.push({ term, start, end, text: match[0] });
      }
    }
    return result.sort((a, b) => a.start - b.start);
  }
}
