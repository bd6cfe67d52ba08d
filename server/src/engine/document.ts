import type { Root, RootContent, Node, Parent, Table, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from './parse.js';
import { LineIndex } from './line-index.js';
import { buildSections, type Section } from './sections.js';
import type { Span } from './types.js';

export type BlockKind = 'heading' | 'paragraph' | 'tableRow' | 'code' | 'html' | 'other';

/** A leaf block of the document: the unit rules read text from. */
export interface Block {
  kind: BlockKind;
  /** Plain text, inline markup removed. */
  text: string;
  span: Span;
  /** Heading depth (1-6) for ATX/setext headings. */
  depth?: number;
  /** True when the block sits inside a list item. */
  inList: boolean;
  /** True when the block sits inside a blockquote. */
  inQuote: boolean;
  /** The paragraph's inline children, for pseudo-heading detection. */
  inline?: PhrasingContent[];
  /** Table cells for tableRow blocks. */
  cells?: { text: string; span: Span }[];
  /** Index of the row within its table (0 is the header row). */
  rowIndex?: number;
  /** Index of the block's table within the document, for tableRow blocks. */
  tableIndex?: number;
}

/** A run of prose text as written in the source, for language rules. */
export interface ProseRun {
  text: string;
  span: Span;
  /** True when `text` equals the source slice (no escapes or entities), so offsets map 1:1. */
  exact: boolean;
  blockIndex: number;
  /** Inside a link's text. */
  inLink: boolean;
}

export interface Link {
  url: string;
  text: string;
  span: Span;
}

export interface Comment {
  /** The comment's inner text, trimmed. */
  body: string;
  span: Span;
}

export interface Frontmatter {
  data: Record<string, unknown> | null;
  span: Span;
  error?: { message: string; offset: number };
}

export interface DocumentModel {
  text: string;
  lines: LineIndex;
  /**
   * Source spans that are not prose (frontmatter, code, inline code, HTML comments), in order: rules that
   * scan the raw source skip matches there. The model keeps these rather than the parse tree, which on a
   * 5 MB report held half its memory.
   */
  nonProse: Span[];
  frontmatter: Frontmatter | null;
  blocks: Block[];
  prose: ProseRun[];
  links: Link[];
  comments: Comment[];
  sections: Section[];
  /** The document title: first level-1 heading, else the first heading-like line. */
  title: { text: string; span: Span } | null;
}

/** A bare web address: it ends before trailing punctuation, as GFM's autolink literals do. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]*_~]/gi;
/**
 * Tested first: most text has no web address, and matchAll copies its expression on every call, which for
 * every text node of a long report was the largest cost of building the model on each keystroke.
 */
const MAY_HAVE_URL = /https?:\/\/|www\./i;

/** The last frontmatter parsed: while someone types in the body it does not change, so it is not parsed again. */
let lastYaml: { source: string; result: { data: unknown } | { error: unknown } } | null = null;

function parseFrontmatter(source: string): { data: unknown } | { error: unknown } {
  if (lastYaml?.source !== source) {
    let result: { data: unknown } | { error: unknown };
    try {
      result = { data: parseYaml(source) };
    } catch (error) {
      result = { error };
    }
    lastYaml = { source, result };
  }
  return lastYaml.result;
}

function spanOf(node: Node): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

export function buildDocument(text: string): DocumentModel {
  return documentFromTree(text, parseMarkdown(text));
}

/**
 * Builds the model from an already parsed tree of `text`. The incremental
 * parser (incremental.ts) assembles that tree from separately parsed chunks.
 */
export function documentFromTree(text: string, tree: Root, lines: LineIndex = new LineIndex(text)): DocumentModel {
  const blocks: Block[] = [];
  const prose: ProseRun[] = [];
  const links: Link[] = [];
  const comments: Comment[] = [];
  const nonProse: Span[] = [];
  let frontmatter: Frontmatter | null = null;
  let tableCount = 0;

  const collectInline = (node: Node, blockIndex: number, inLink: boolean): void => {
    if (node.type === 'text') {
      const value = (node as unknown as { value: string }).value;
      const span = spanOf(node);
      const exact = span.end - span.start === value.length && text.startsWith(value, span.start);
      if (inLink || !exact || !MAY_HAVE_URL.test(value)) {
        prose.push({ text: value, span, exact, blockIndex, inLink });
        return;
      }
      // Bare web addresses become links, as GFM's autolinks would make them.
      let from = 0;
      for (const match of value.matchAll(BARE_URL)) {
        const start = match.index;
        const end = start + match[0].length;
        if (start > from) prose.push({ text: value.slice(from, start), span: { start: span.start + from, end: span.start + start }, exact, blockIndex, inLink });
        const urlSpan = { start: span.start + start, end: span.start + end };
        links.push({ url: /^www\./i.test(match[0]) ? `http://${match[0]}` : match[0], text: match[0], span: urlSpan });
        prose.push({ text: match[0], span: urlSpan, exact, blockIndex, inLink: true });
        from = end;
      }
      if (from < value.length) prose.push({ text: from === 0 ? value : value.slice(from), span: { start: span.start + from, end: span.end }, exact, blockIndex, inLink });
      return;
    }
    if (node.type === 'link') {
      const link = node as { url: string } & Parent;
      links.push({ url: link.url, text: toString(link), span: spanOf(node) });
      for (const child of link.children) collectInline(child, blockIndex, true);
      return;
    }
    if (node.type === 'html') {
      addComment(node);
      return;
    }
    if (node.type === 'inlineCode') {
      nonProse.push(spanOf(node));
      return;
    }
    // Images and similar are not prose.
    if ('children' in node) {
      for (const child of (node as Parent).children) collectInline(child, blockIndex, inLink);
    }
  };

  const addComment = (node: Node): void => {
    const value = (node as unknown as { value: string }).value;
    if (value.trimStart().startsWith('<!--')) nonProse.push(spanOf(node));
    const match = /^<!--([\s\S]*?)-->\s*$/.exec(value.trim());
    if (match) comments.push({ body: match[1]!.trim(), span: spanOf(node) });
  };

  const addBlock = (block: Block, node: Node | null): void => {
    const index = blocks.length;
    blocks.push(block);
    if (node && 'children' in node) {
      for (const child of (node as Parent).children) collectInline(child, index, false);
    }
  };

  const visit = (node: RootContent, inList: boolean, inQuote: boolean): void => {
    switch (node.type) {
      case 'yaml': {
        const span = spanOf(node);
        nonProse.push(span);
        const parsed = parseFrontmatter(node.value);
        if ('data' in parsed) {
          const { data } = parsed;
          frontmatter = { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null, span };
        } else {
          const err = parsed.error as { message: string; linePos?: { line: number }[] };
          const line = err.linePos?.[0]?.line ?? 1;
          // The YAML body starts on the line after the opening fence.
          const offset = lines.lineStart(lines.positionAt(span.start).line + line);
          frontmatter = { data: null, span, error: { message: err.message.split('\n')[0]!, offset } };
        }
        return;
      }
      case 'heading':
        addBlock({ kind: 'heading', text: toString(node), span: spanOf(node), depth: node.depth, inList, inQuote }, node);
        return;
      case 'paragraph':
        addBlock(
          { kind: 'paragraph', text: toString(node), span: spanOf(node), inList, inQuote, inline: (node as Paragraph).children },
          node,
        );
        return;
      case 'table': {
        const tableIndex = tableCount++;
        (node as Table).children.forEach((row, rowIndex) => {
          const index = blocks.length;
          const cells = row.children.map((cell) => ({ text: toString(cell), span: spanOf(cell) }));
          blocks.push({
            kind: 'tableRow',
            text: cells.map((c) => c.text).join(' | '),
            span: spanOf(row),
            inList,
            inQuote,
            cells,
            rowIndex,
            tableIndex,
          });
          for (const cell of row.children) for (const child of cell.children) collectInline(child, index, false);
        });
        return;
      }
      case 'code':
        nonProse.push(spanOf(node));
        addBlock({ kind: 'code', text: node.value, span: spanOf(node), inList, inQuote }, null);
        return;
      case 'html':
        addComment(node);
        addBlock({ kind: 'html', text: node.value, span: spanOf(node), inList, inQuote }, null);
        return;
      case 'list':
      case 'listItem':
      case 'blockquote':
        for (const child of node.children as RootContent[]) {
          visit(child, inList || node.type !== 'blockquote', inQuote || node.type === 'blockquote');
        }
        return;
      default:
        if ('children' in node) for (const child of (node as Parent).children as RootContent[]) visit(child, inList, inQuote);
    }
  };

  for (const child of tree.children) visit(child, false, false);

  const sections = buildSections(blocks, text);
  const h1 = blocks.find((b) => b.kind === 'heading' && b.depth === 1);
  const firstHeading = sections.find((s) => s.heading)?.heading;
  const title = h1
    ? { text: h1.text, span: h1.span }
    : firstHeading
      ? { text: firstHeading.text, span: firstHeading.span }
      : blocks[0]
        ? { text: blocks[0].text, span: blocks[0].span }
        : null;

  nonProse.sort((a, b) => a.start - b.start);
  return { text, lines, nonProse, frontmatter, blocks, prose, links, comments, sections, title };
}
