import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Processor } from 'unified';
import type { Root, RootContent } from 'mdast';
import { cutPoints, shiftPositions, type Cut } from './chunks.js';
import { LineIndex } from './line-index.js';
import { parseSimpleBlocks } from './simple-blocks.js';

/**
 * Of GFM we need only tables: SEN reports often answer one question per
 * table row. The rest of GFM is left out on purpose: its autolink-literal
 * extension alone made parsing about 80% slower, and bare web addresses are
 * found by a plain scan in document.ts instead.
 */
function remarkGfmTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTables);
/**
 * Text without a "|" cannot hold a table, and the table extension tries every
 * line as a table's header row, a scan of the line: on a 1 MB single line that
 * was a third of the parse.
 */
const processorWithoutTables = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Container nesting deeper than this is flattened before parsing: the
 * Markdown parser's time grows quadratically with nesting depth and it
 * overflows the stack near a few thousand levels. No real document nests
 * lists or quotes this deep.
 */
export const MAX_CONTAINER_DEPTH = 32;

/**
 * Indentation at which a list or quote marker is treated as nested past MAX_CONTAINER_DEPTH: a level
 * needs at least 2 columns ("- "), so this many columns can already be that deep. The parser's time
 * grows with depth times leading spaces: at 4 columns a level, lists nested by 2 spaces reached 64
 * levels and a 1 MB list took 4 to 5 s; at 2 it takes about half that.
 */
const MAX_INDENT_COLUMNS = 2 * MAX_CONTAINER_DEPTH;

/** Columns of leading spaces and tabs (a tab reaches the next multiple of 4), counted up to MAX_INDENT_COLUMNS. */
function indentColumns(text: string, from: number, to: number): number {
  let columns = 0;
  for (let i = from; i < to && columns < MAX_INDENT_COLUMNS; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) columns++;
    else if (code === 9) columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Replaces list and quote markers beyond MAX_CONTAINER_DEPTH on each line with
 * spaces of the same length, so every offset in the parse still points at the
 * same character of the original text.
 */
export function flattenDeepNesting(text: string): string {
  const pieces: string[] = [];
  let copied = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let pos = lineStart;
    // Nesting by indentation alone ("  - a", "    - b", ...) is as slow for the parser as nesting by
    // markers: a marker this far in counts as already past the limit (issue 7: 1,000 levels took 80 s).
    let depth = indentColumns(text, lineStart, lineEnd) >= MAX_INDENT_COLUMNS ? MAX_CONTAINER_DEPTH : 0;
    let cutFrom = -1;
    while (pos < lineEnd) {
      while (pos < lineEnd && isSpace(text.charCodeAt(pos))) pos++;
      const markerEnd = containerMarkerEnd(text, pos, lineEnd);
      if (markerEnd === -1) break;
      depth++;
      if (depth > MAX_CONTAINER_DEPTH && cutFrom === -1) cutFrom = pos;
      pos = markerEnd;
    }
    if (cutFrom !== -1) {
      pieces.push(text.slice(copied, cutFrom), ' '.repeat(pos - cutFrom));
      copied = pos;
    }
    lineStart = lineEnd + 1;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** End offset of a quote or list marker starting at pos, or -1. */
function containerMarkerEnd(text: string, pos: number, lineEnd: number): number {
  const code = text.charCodeAt(pos);
  const spaceOrEnd = (at: number) => at >= lineEnd || isSpace(text.charCodeAt(at));
  if (code === 62 /* > */) return pos + 1;
  if ((code === 42 || code === 43 || code === 45) /* * + - */ && spaceOrEnd(pos + 1)) return pos + 1;
  let digits = pos;
  while (digits < lineEnd && digits - pos < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
  const punct = text.charCodeAt(digits);
  if (digits > pos && (punct === 46 || punct === 41) /* . ) */ && spaceOrEnd(digits + 1)) return digits + 1;
  return -1;
}

/** A last-resort tree: one paragraph per blank-line-separated block, with exact positions. */
function plainTree(text: string): Root {
  const children: Root['children'] = [];
  const pattern = /[^\n]+(?:\n[^\S\n]*[^\s][^\n]*)*/g;
  const lines = new LineIndex(text);
  const point = (offset: number) => {
    const { line, character } = lines.positionAt(offset);
    return { line: line + 1, column: character + 1, offset };
  };
  for (const match of text.matchAll(pattern)) {
    if (match[0].trim() === '') continue;
    const position = { start: point(match.index), end: point(match.index + match[0].length) };
    children.push({ type: 'paragraph', position, children: [{ type: 'text', value: match[0], position }] });
  }
  return { type: 'root', children, position: { start: point(0), end: point(text.length) } };
}

/**
 * The parser drops a leading byte order mark and counts offsets from the character after it, so
 * every position would point one character early (found by fuzzing, issue 7). Move them back onto
 * the original text: one more offset, and one more column on the first line.
 */
function shiftPastBom(tree: Root): void {
  const shift = (point: { line: number; column: number; offset?: number } | undefined) => {
    if (!point) return;
    if (point.offset !== undefined) point.offset++;
    if (point.line === 1) point.column++;
  };
  const visit = (node: { position?: { start: never; end: never }; children?: unknown[] }) => {
    if (node.position) {
      shift(node.position.start);
      shift(node.position.end);
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree as never);
}

/** Parses text in one piece, however long (parseMarkdown cuts long text first). Never throws. */
export function parseWhole(text: string): Root {
  try {
    const tree = (text.includes('|') ? processor : processorWithoutTables).parse(flattenDeepNesting(text)) as Root;
    if (text.charCodeAt(0) === 0xfeff) shiftPastBom(tree);
    return tree;
  } catch {
    // Only pathological input gets here (e.g. the parser's stack overflowing).
    return plainTree(text);
  }
}

/**
 * Runs of text the fast path cannot take are parsed in pieces of at least
 * this size, cut where chunks.ts finds a cut safe: the parser's time per
 * character grows with the size of what it parses (tables and lists make it
 * quadratic), and pieces this big still keep its fixed cost per call small.
 */
export const PIECE_CHARS = 4096;

/**
 * Parses Markdown (CommonMark + GFM tables + YAML frontmatter) into mdast with
 * positions, the same tree as one parse of the whole text would give (tests/hardening/chunked-parse.test.ts).
 * Each chunk between safe cuts that holds only plain blocks is built by simple-blocks.ts
 * without the parser; the rest goes to the parser in pieces. Never throws.
 */
export function parseMarkdown(text: string, pieceChars = PIECE_CHARS): Root {
  const cuts: Cut[] = [{ offset: 0, line: 0 }, ...cutPoints(text), { offset: text.length, line: -1 }];
  const children: RootContent[] = [];
  let slowFrom: Cut | null = null;
  const parseSlow = (to: number) => {
    const tree = parseWhole(text.slice(slowFrom!.offset, to));
    if (slowFrom!.offset > 0) shiftPositions(tree, slowFrom!.offset, slowFrom!.line);
    for (const child of tree.children) children.push(child);
    slowFrom = null;
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const { offset, line } = cuts[i]!;
    const simple = parseSimpleBlocks(text, offset, cuts[i + 1]!.offset, line);
    if (simple) {
      if (slowFrom) parseSlow(offset);
      for (const node of simple) children.push(node);
    } else {
      if (slowFrom && offset - slowFrom.offset >= pieceChars) parseSlow(offset);
      slowFrom ??= cuts[i]!;
    }
  }
  if (slowFrom) parseSlow(text.length);
  // The parser starts counting after a byte order mark, and parseWhole moves its points onto the original text.
  const start = text.charCodeAt(0) === 0xfeff ? { line: 1, column: 2, offset: 1 } : { line: 1, column: 1, offset: 0 };
  return { type: 'root', children, position: { start, end: endPoint(text) } };
}

/** The parser's point for the end of the text: lines end at CRLF, CR or LF. */
function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}
