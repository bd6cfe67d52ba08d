import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { documentFromTree, type DocumentModel } from './document.js';
import { LineIndex } from './line-index.js';
import { parseMarkdown } from './parse.js';

/**
 * Incremental parsing for the language server: a keystroke should not
 * re-parse a 45 KB report. The text is cut into chunks at top-level ATX
 * heading lines; each chunk is parsed on its own and cached by its text, so
 * after an edit only the chunk(s) whose text changed are parsed again and the
 * rest are reused, with their positions shifted. The assembled tree, and so
 * the DocumentModel, is identical to a full parse (tests/lsp/incremental.test.ts
 * checks this on random edits of the samples and corpus).
 *
 * Chunk boundaries are recomputed from the whole text on every update (a
 * linear line scan, far cheaper than parsing), so an edit that moves a
 * boundary (typing a fence, a `#`, frontmatter) simply produces different
 * chunks. The scanner only cuts where a cut is certainly safe; whenever it
 * cannot be sure it stops cutting, which at worst means a full parse.
 */

type ScanState =
  | { kind: 'normal' }
  | { kind: 'frontmatter' }
  | { kind: 'fence'; char: string; length: number }
  | { kind: 'html-until'; end: RegExp }
  | { kind: 'html-until-blank' };

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
/** A fence or HTML start indented 1-3 spaces may belong to a list item or to the top level: we cannot tell cheaply. */
const AMBIGUOUS = /^ {1,3}(?:`{3,}|~{3,}|<)/;
/** Link reference and footnote definitions apply document-wide, so chunks would not be independent. */
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\n\]]*\]:/m;

/** HTML blocks that end at a marker (CommonMark kinds 1-5), with where to look for it. */
const HTML_MARKERS: { start: RegExp; end: RegExp; from: number }[] = [
  { start: /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i, from: 1 },
  { start: /^<!--/, end: /-->/, from: 4 },
  { start: /^<\?/, end: /\?>/, from: 2 },
  { start: /^<!\[CDATA\[/, end: /\]\]>/, from: 9 },
  { start: /^<![A-Za-z]/, end: />/, from: 2 },
];

/** Offsets (after 0) where a top-level ATX heading starts a chunk that parses the same on its own. */
export function chunkStarts(text: string): number[] {
  if (DEFINITION.test(text)) return [];
  const starts: number[] = [];
  let state: ScanState = { kind: 'normal' };
  const lineBreak = /\r\n|\r|\n/g;
  let pos = 0;
  while (pos <= text.length) {
    lineBreak.lastIndex = pos;
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    const line = text.slice(pos, end);
    switch (state.kind) {
      case 'frontmatter':
        if (/^---[ \t]*$/.test(line)) state = { kind: 'normal' };
        break;
      case 'fence': {
        const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
        if (close && close[1]![0] === state.char && close[1]!.length >= state.length) state = { kind: 'normal' };
        break;
      }
      case 'html-until':
        if (state.end.test(line)) state = { kind: 'normal' };
        break;
      case 'html-until-blank':
        if (/^[ \t]*$/.test(line)) state = { kind: 'normal' };
        // A fence here opens code if the "HTML" was really paragraph text; we cannot tell.
        else if (/^ {0,3}(?:`{3,}|~{3,})/.test(line)) return starts;
        break;
      case 'normal': {
        if (pos === 0 && /^---[ \t]*$/.test(line)) {
          state = { kind: 'frontmatter' };
          break;
        }
        if (AMBIGUOUS.test(line)) return starts;
        if (HEADING.test(line)) {
          if (pos > 0) starts.push(pos);
          break;
        }
        const fence = FENCE_OPEN.exec(line);
        if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
          state = { kind: 'fence', char: fence[1]![0]!, length: fence[1]!.length };
          break;
        }
        if (line.startsWith('<')) {
          const marker = HTML_MARKERS.find((m) => m.start.test(line));
          if (!marker) state = { kind: 'html-until-blank' };
          else if (!marker.end.test(line.slice(marker.from))) state = { kind: 'html-until', end: marker.end };
        }
        break;
      }
    }
    if (!match) break;
    pos = match.index + match[0].length;
  }
  return starts;
}

interface CachedChunk {
  text: string;
  tree: Root;
  /** The offset and line shift currently applied to the tree's positions. */
  offset: number;
  line: number;
}

/** Moves every position in a chunk's tree by the given offset and line delta (columns are unchanged: chunks start at line starts). */
function shift(node: Node, offset: number, line: number): void {
  const position = node.position;
  if (position) {
    position.start.offset = (position.start.offset ?? 0) + offset;
    position.start.line += line;
    position.end.offset = (position.end.offset ?? 0) + offset;
    position.end.line += line;
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) shift(child, offset, line);
}

export interface IncrementalParserOptions {
  /** Parse the whole text on every update (for comparison and as an escape hatch). */
  full?: boolean;
}

/**
 * Builds DocumentModels for successive versions of one document, reusing the
 * parse of unchanged chunks. Cached trees are shifted in place, so a model
 * returned by `update` is only valid until the next `update` call.
 */
export class IncrementalParser {
  private cache = new Map<string, CachedChunk[]>();
  /** Chunks parsed (not reused) by the last update, for tests and the benchmark. */
  lastParsedChunks = 0;

  constructor(private readonly options: IncrementalParserOptions = {}) {}

  update(text: string): DocumentModel {
    const lines = new LineIndex(text);
    if (this.options.full) {
      this.lastParsedChunks = 1;
      return documentFromTree(text, parseMarkdown(text), lines);
    }
    const bounds = [0, ...chunkStarts(text), text.length];
    const next = new Map<string, CachedChunk[]>();
    const children: RootContent[] = [];
    this.lastParsedChunks = 0;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const start = bounds[i]!;
      const chunkText = text.slice(start, bounds[i + 1]);
      if (chunkText === '' && i > 0) continue;
      const line = lines.positionAt(start).line;
      let chunk = this.cache.get(chunkText)?.pop();
      if (!chunk) {
        chunk = { text: chunkText, tree: parseMarkdown(chunkText), offset: 0, line: 0 };
        this.lastParsedChunks++;
      }
      if (chunk.offset !== start || chunk.line !== line) {
        for (const child of chunk.tree.children) shift(child, start - chunk.offset, line - chunk.line);
        chunk.offset = start;
        chunk.line = line;
      }
      children.push(...chunk.tree.children);
      next.set(chunkText, [...(next.get(chunkText) ?? []), chunk]);
    }
    this.cache = next;
    const last = lines.lineCount - 1;
    const tree: Root = {
      type: 'root',
      children,
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: last + 1, column: text.length - lines.lineStart(last) + 1, offset: text.length },
      },
    };
    return documentFromTree(text, tree, lines);
  }
}
