import type { Root, RootContent } from 'mdast';
import { cutPoints, shiftPositions } from './chunks.js';
import { documentFromTree, type DocumentModel } from './document.js';
import { LineIndex } from './line-index.js';
import { parseMarkdown } from './parse.js';

/**
 * Incremental parsing for the language server: a keystroke should not
 * re-parse a 45 KB report. The text is cut into chunks at top-level ATX
 * heading lines and after blank lines (chunks.ts); each chunk is parsed on its own and cached by its text, so
 * after an edit only the chunk(s) whose text changed are parsed again and the
 * rest are reused, with their positions shifted. The assembled tree, and so
 * the DocumentModel, is identical to a full parse (tests/lsp/incremental.test.ts
 * checks this on random edits of the samples and corpus).
 *
 * Chunk boundaries are recomputed from the whole text on every update (a
 * linear line scan, far cheaper than parsing), so an edit that moves a
 * boundary (typing a fence, a `#`, frontmatter) simply produces different
 * chunks (see chunks.ts for where a cut is safe).
 */

interface CachedChunk {
  text: string;
  tree: Root;
  /** The offset and line shift currently applied to the tree's positions. */
  offset: number;
  line: number;
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
    const bounds = [0, ...cutPoints(text).map((cut) => cut.offset), text.length];
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
        // Parsed from a copy: strings in the tree are slices of what was parsed, and a slice of this
        // version's text would keep the whole version alive for as long as the chunk is reused.
        const own = ` ${chunkText}`.slice(1);
        chunk = { text: own, tree: parseMarkdown(own), offset: 0, line: 0 };
        this.lastParsedChunks++;
      }
      if (chunk.offset !== start || chunk.line !== line) {
        for (const child of chunk.tree.children) shiftPositions(child, start - chunk.offset, line - chunk.line);
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
