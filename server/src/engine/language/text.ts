import type { DocumentModel } from '../document.js';
import type { Span } from '../types.js';

/**
 * The prose of one block as plain text (markup removed), with a map back to
 * source offsets. Language rules read `text` and report `spanOf(...)`.
 */
export interface BlockText {
  readonly blockIndex: number;
  readonly text: string;
  /** Source offset of each character of `text`; -1 for separators sendlint inserted. */
  readonly offsets: Int32Array;
  /** 1 where the character maps exactly to the source (safe to edit there). */
  readonly exact: Uint8Array;
}

/** Source span of text[start, end), or null when either end is an inserted separator. */
export function spanOf(block: BlockText, start: number, end: number): Span | null {
  const a = block.offsets[start];
  const b = end > start ? block.offsets[end - 1] : a;
  if (a === undefined || b === undefined || a < 0 || b < 0) return null;
  return { start: a, end: end > start ? b + 1 : a };
}

/** True when every character in text[start, end) maps 1:1 to the source, so an edit there is precise. */
export function isExact(block: BlockText, start: number, end: number): boolean {
  const span = spanOf(block, start, end);
  if (!span || span.end - span.start !== end - start) return false;
  for (let i = start; i < end; i++) if (!block.exact[i]) return false;
  return true;
}

/** What to put between two text runs of one block, judged from the source between them. */
function separator(gap: string): string {
  if (gap === '') return '';
  if (gap.includes('|')) return ' | ';
  if (/[\r\n]/.test(gap)) return '\n';
  if (/^[*_~[\]]+$/.test(gap)) return '';
  return ' ';
}

/**
 * A block's text, with the map back to the source built only when a rule asks
 * for a span: most blocks have no finding, and filling a per-character map for
 * every block on every keystroke was the largest single cost left in the
 * language server's re-check (issue 4).
 */
class RunsText implements BlockText {
  readonly text: string;
  private map: { offsets: Int32Array; exact: Uint8Array } | null = null;

  constructor(
    readonly blockIndex: number,
    private readonly runs: DocumentModel['prose'],
    private readonly separators: string[],
  ) {
    this.text = runs.map((run, i) => separators[i]! + run.text).join('');
  }

  get offsets(): Int32Array {
    return (this.map ??= this.buildMap()).offsets;
  }

  get exact(): Uint8Array {
    return (this.map ??= this.buildMap()).exact;
  }

  private buildMap(): { offsets: Int32Array; exact: Uint8Array } {
    const offsets = new Int32Array(this.text.length);
    const exact = new Uint8Array(this.text.length);
    let at = 0;
    this.runs.forEach((run, i) => {
      const sep = this.separators[i]!;
      offsets.fill(-1, at, at + sep.length);
      at += sep.length;
      const sourceLength = run.span.end - run.span.start;
      for (let k = 0; k < run.text.length; k++) {
        offsets[at + k] = run.exact ? run.span.start + k : run.span.start + Math.min(k, Math.max(0, sourceLength - 1));
      }
      if (run.exact) exact.fill(1, at, at + run.text.length);
      at += run.text.length;
    });
    return { offsets, exact };
  }
}

const cache = new WeakMap<DocumentModel, BlockText[]>();

/** Every block's prose as BlockText, in document order (computed once per document). */
export function blockTexts(doc: DocumentModel): BlockText[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const byBlock = new Map<number, DocumentModel['prose']>();
  for (const run of doc.prose) {
    const list = byBlock.get(run.blockIndex);
    if (list) list.push(run);
    else byBlock.set(run.blockIndex, [run]);
  }
  const result: BlockText[] = [];
  for (const [blockIndex, runs] of [...byBlock.entries()].sort((a, b) => a[0] - b[0])) {
    const separators = runs.map((run, i) => (i === 0 ? '' : separator(doc.text.slice(runs[i - 1]!.span.end, run.span.start))));
    result.push(new RunsText(blockIndex, runs, separators));
  }
  cache.set(doc, result);
  return result;
}
