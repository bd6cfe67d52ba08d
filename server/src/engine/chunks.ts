import type { Node } from 'unist';

/**
 * Where Markdown text can be cut into chunks that each parse, on their own,
 * into exactly the top-level nodes a parse of the whole text gives there.
 * The cuts are at headings and after blank lines: the incremental parser
 * (incremental.ts) caches each chunk, so a keystroke re-parses one paragraph,
 * and parseMarkdown (parse.ts) groups them into pieces so a large file never
 * reaches the parser in one piece (the parser's time grows faster than
 * linearly with input size: a 5 MB report took minutes, issue 7).
 *
 * The scanner only cuts where a cut is certainly safe; whenever it cannot be
 * sure it stops cutting, which at worst means one larger chunk.
 */

type ScanState =
  | { kind: 'normal' }
  | { kind: 'frontmatter' }
  | { kind: 'fence'; char: string; length: number }
  | { kind: 'html-until'; end: RegExp }
  | { kind: 'html-until-blank' };

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const BLANK = /^[ \t]*$/;
/** A fence or HTML start indented 1-3 spaces may belong to a list item or to the top level: we cannot tell cheaply. */
const AMBIGUOUS = /^ {1,3}(?:`{3,}|~{3,}|<)/;
/** Link reference and footnote definitions apply document-wide, so chunks would not be independent. */
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\n\]]*\]:/m;
/**
 * After a blank line, a line starting in column 0 closes every list and quote, so the text from it
 * on parses alike alone, unless it could continue a list (a marker keeps a loose list going) or is
 * indented. Thematic breaks and emphasis also start with these characters: not cutting there is only slower.
 */
const STARTS_BLOCK_ALONE = /^[^\s\-+*\d]/;

/** HTML blocks that end at a marker (CommonMark kinds 1-5), with where to look for it. */
const HTML_MARKERS: { start: RegExp; end: RegExp; from: number }[] = [
  { start: /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i, from: 1 },
  { start: /^<!--/, end: /-->/, from: 4 },
  { start: /^<\?/, end: /\?>/, from: 2 },
  { start: /^<!\[CDATA\[/, end: /\]\]>/, from: 9 },
  { start: /^<![A-Za-z]/, end: />/, from: 2 },
];

export interface Cut {
  offset: number;
  /** 0-based line the cut starts (lines end at CRLF, CR or LF, as the parser counts them). */
  line: number;
}

/** Line starts (after 0) where the text can be cut into independently parsed chunks, in order. */
export function cutPoints(text: string): Cut[] {
  if (DEFINITION.test(text)) return [];
  const cuts: Cut[] = [];
  let state: ScanState = { kind: 'normal' };
  let previousBlank = false;
  const lineBreak = /\r\n|\r|\n/g;
  let pos = 0;
  let lineNumber = 0;
  while (pos <= text.length) {
    lineBreak.lastIndex = pos;
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    const line = text.slice(pos, end);
    const blank = BLANK.test(line);
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
        if (blank) state = { kind: 'normal' };
        // A fence here opens code if the "HTML" was really paragraph text; we cannot tell.
        else if (/^ {0,3}(?:`{3,}|~{3,})/.test(line)) return cuts;
        break;
      case 'normal': {
        if (pos === 0 && /^---[ \t]*$/.test(line)) {
          state = { kind: 'frontmatter' };
          break;
        }
        if (AMBIGUOUS.test(line)) return cuts;
        if (pos > 0 && (HEADING.test(line) || (previousBlank && STARTS_BLOCK_ALONE.test(line)))) {
          cuts.push({ offset: pos, line: lineNumber });
        }
        if (HEADING.test(line)) break;
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
    previousBlank = blank;
    if (!match) break;
    pos = match.index + match[0].length;
    lineNumber++;
  }
  return cuts;
}

/** Moves every position in a tree by the given offset and line delta (columns are unchanged: chunks start at line starts). */
export function shiftPositions(node: Node, offset: number, line: number): void {
  const position = node.position;
  if (position) {
    position.start.offset = (position.start.offset ?? 0) + offset;
    position.start.line += line;
    position.end.offset = (position.end.offset ?? 0) + offset;
    position.end.line += line;
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) shiftPositions(child, offset, line);
}
