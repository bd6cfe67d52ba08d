import type { List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { simpleInline, type Point } from './simple-inline.js';

/**
 * A fast path for the plainest Markdown: ATX headings, paragraphs, tight
 * bullet lists and pipe tables, whose text is plain or uses only the inline
 * markup simple-inline.ts reads. Most of a long report is such text, and the
 * Markdown parser costs about 2 seconds per megabyte on it (issue 7: a 5 MB
 * file took 13 s). Anything else (an indented or numbered line, a quote, code,
 * a tab...) makes the whole region go to the parser instead.
 *
 * Each node and position is the one the parser gives: simple-blocks.test.ts compares the two on
 * random text built around the fast path's edges, and tests/hardening/chunked-parse.test.ts on every
 * document in the repository and on random edits of them.
 */

/** A line's first character that could open a block other than a paragraph ("*", "_" and digits are judged apart). */
const BLOCK_START = /[\s#>\-+=`~<|!\\&]/;
/** The delimiter row's cell: dashes with optional colons for alignment. */
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;

class Lines {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  constructor(
    readonly text: string,
    from: number,
    to: number,
    readonly firstLine: number,
  ) {
    // Lines end at LF, CR or CRLF, as the parser counts them; text keeps its own line endings.
    let start = from;
    while (start < to) {
      let end = start;
      while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      this.starts.push(start);
      this.ends.push(end);
      start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
  }
  get count(): number {
    return this.starts.length;
  }
  /** A point on line index i (0-based within the region). */
  point(i: number, offset: number): Point {
    return { line: this.firstLine + i + 1, column: offset - this.starts[i]! + 1, offset };
  }
  /** The point at an offset inside the region. */
  readonly pointAt = (offset: number): Point => {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return this.point(low, offset);
  };
  isBlank(i: number): boolean {
    return this.starts[i] === this.ends[i];
  }
  first(i: number): string {
    return this.text[this.starts[i]!]!;
  }
}

function endsInSpace(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 32;
}

/**
 * Whether text at `at` starts like a paragraph: not a block marker, "*" or "_" not followed by a
 * space (a list item or a break), and digits not followed by "." or ")" (an ordered list).
 */
function startsPlain(text: string, at: number, end: number): boolean {
  if (at >= end || BLOCK_START.test(text[at]!)) return false;
  if (text[at] === '*' || text[at] === '_') return at + 1 < end && text[at + 1] !== ' ';
  let i = at;
  while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i === at || (text[i] !== '.' && text[i] !== ')');
}

function phrasing(lines: Lines, from: number, to: number): PhrasingContent[] | null {
  return simpleInline(lines.text, from, to, lines.pointAt);
}

function heading(lines: Lines, i: number): RootContent | null {
  const { text } = lines;
  const start = lines.starts[i]!;
  const end = lines.ends[i]!;
  let depth = 0;
  while (text[start + depth] === '#') depth++;
  const content = start + depth + 1;
  if (depth > 6 || text[start + depth] !== ' ' || content >= end || text[content] === ' ') return null;
  const children = text[end - 1] === '#' || endsInSpace(text, end) ? null : phrasing(lines, content, end);
  if (!children) return null;
  return {
    type: 'heading',
    depth: depth as 1 | 2 | 3 | 4 | 5 | 6,
    children,
    position: { start: lines.point(i, start), end: lines.point(i, end) },
  };
}

/** A paragraph from line i up to a blank line or a heading; the index after it, or -1. */
function paragraph(lines: Lines, i: number, out: RootContent[]): number {
  const { text } = lines;
  let last = i;
  for (let j = i; j < lines.count && !lines.isBlank(j) && (j === i || lines.first(j) !== '#'); j++) {
    if (!startsPlain(text, lines.starts[j]!, lines.ends[j]!) || endsInSpace(text, lines.ends[j]!)) return -1;
    last = j;
  }
  const start = lines.starts[i]!;
  const end = lines.ends[last]!;
  const children = phrasing(lines, start, end);
  if (!children) return -1;
  const node: Paragraph = { type: 'paragraph', children, position: { start: lines.point(i, start), end: lines.point(last, end) } };
  out.push(node);
  return last + 1;
}

/**
 * A tight bullet list, one item per line, all with the same marker; the index
 * after it, or -1. After it must come the end of the region, or blank lines
 * and then no line a list could continue with (that would make it loose).
 */
function bulletList(lines: Lines, i: number, out: RootContent[]): number {
  const { text } = lines;
  const marker = lines.first(i);
  const items: ListItem[] = [];
  let j = i;
  for (; j < lines.count && !lines.isBlank(j); j++) {
    const start = lines.starts[j]!;
    const end = lines.ends[j]!;
    if (text[start] !== marker || text[start + 1] !== ' ' || !startsPlain(text, start + 2, end)) return -1;
    const children = endsInSpace(text, end) ? null : phrasing(lines, start + 2, end);
    if (!children) return -1;
    const content: Paragraph = { type: 'paragraph', children, position: { start: lines.point(j, start + 2), end: lines.point(j, end) } };
    items.push({ type: 'listItem', spread: false, checked: null, children: [content], position: { start: lines.point(j, start), end: lines.point(j, end) } });
  }
  let next = j;
  while (next < lines.count && lines.isBlank(next)) next++;
  if (next < lines.count && !startsPlain(text, lines.starts[next]!, lines.ends[next]!) && lines.first(next) !== '#' && lines.first(next) !== '|') return -1;
  // Fresh points: every node owns its own, since positions are shifted in place (chunks.ts shiftPositions).
  const list: List = { type: 'list', ordered: false, start: null, spread: false, children: items, position: { start: lines.point(i, lines.starts[i]!), end: lines.point(j - 1, lines.ends[j - 1]!) } };
  out.push(list);
  return j;
}

/** The offsets of the pipes in a row that starts and ends with one, or null. */
function pipes(text: string, start: number, end: number): number[] | null {
  if (text[start] !== '|' || text[end - 1] !== '|' || end - start < 2) return null;
  const found: number[] = [];
  for (let at = text.indexOf('|', start); at !== -1 && at < end; at = text.indexOf('|', at + 1)) found.push(at);
  return found;
}

function tableRow(lines: Lines, j: number, bars: number[]): TableRow | null {
  const { text } = lines;
  const cells: TableCell[] = [];
  for (let c = 0; c + 1 < bars.length; c++) {
    let from = bars[c]! + 1;
    let to = bars[c + 1]!;
    while (from < to && text[from] === ' ') from++;
    while (to > from && text[to - 1] === ' ') to--;
    const children = phrasing(lines, from, to);
    if (!children) return null;
    // A cell runs from its opening pipe to the next one; the last runs to the end of the line.
    const cellEnd = c + 2 === bars.length ? lines.ends[j]! : bars[c + 1]!;
    cells.push({ type: 'tableCell', children, position: { start: lines.point(j, bars[c]!), end: lines.point(j, cellEnd) } });
  }
  return { type: 'tableRow', children: cells, position: { start: lines.point(j, lines.starts[j]!), end: lines.point(j, lines.ends[j]!) } };
}

/** A pipe table with a header, a delimiter row and rows of the same width; the index after it, or -1. */
function table(lines: Lines, i: number, out: RootContent[]): number {
  const { text } = lines;
  if (i + 1 >= lines.count) return -1;
  const header = pipes(text, lines.starts[i]!, lines.ends[i]!);
  const delimiter = pipes(text, lines.starts[i + 1]!, lines.ends[i + 1]!);
  if (!header || !delimiter || header.length !== delimiter.length) return -1;
  const align: Table['align'] = [];
  for (let c = 0; c + 1 < delimiter.length; c++) {
    const cell = DELIMITER_CELL.exec(text.slice(delimiter[c]! + 1, delimiter[c + 1]!));
    if (!cell) return -1;
    align.push(cell[1] && cell[2] ? 'center' : cell[1] ? 'left' : cell[2] ? 'right' : null);
  }
  const headRow = tableRow(lines, i, header);
  if (!headRow) return -1;
  const rows = [headRow];
  let j = i + 2;
  for (; j < lines.count && !lines.isBlank(j); j++) {
    const bars = pipes(text, lines.starts[j]!, lines.ends[j]!);
    const row = bars && bars.length === header.length ? tableRow(lines, j, bars) : null;
    if (!row) return -1;
    rows.push(row);
  }
  const node: Table = { type: 'table', align, children: rows, position: { start: lines.point(i, lines.starts[i]!), end: lines.point(j - 1, lines.ends[j - 1]!) } };
  out.push(node);
  return j;
}

/**
 * The top-level nodes of text[from, to) (from at the start of line `line`, 0-based), when every
 * block in it is plain enough for this fast path; otherwise null, and the caller parses it.
 */
export function parseSimpleBlocks(text: string, from: number, to: number, line: number): RootContent[] | null {
  const lines = new Lines(text, from, to, line);
  const out: RootContent[] = [];
  let i = 0;
  while (i < lines.count) {
    if (lines.isBlank(i)) {
      i++;
      continue;
    }
    const first = lines.first(i);
    if (first === '#') {
      const node = heading(lines, i);
      if (!node) return null;
      out.push(node);
      i++;
    } else if (first === '-' || first === '+' || (first === '*' && text[lines.starts[i]! + 1] === ' ')) {
      i = bulletList(lines, i, out);
    } else if (first === '|') {
      i = table(lines, i, out);
    } else {
      i = paragraph(lines, i, out);
    }
    if (i === -1) return null;
  }
  return out;
}
