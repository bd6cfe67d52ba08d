import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block } from './document.js';
import type { Span } from './types.js';
import { detailsClosed, htmlHeadings, htmlText, type HtmlHeading } from './coverage/html.js';

/**
 * How a heading was recognised. Real documents mark headings up in many
 * ways (see shared/reference/real-documents.md): Markdown headings, bold
 * lines, bare question lines, ALL-CAPS labels and Q&A tables.
 */
export type HeadingSource = 'markdown' | 'bold' | 'question' | 'caps' | 'label' | 'table-row' | 'html';

export interface HeadingInfo {
  text: string;
  span: Span;
  source: HeadingSource;
  /** Text that follows the heading inside the same block (bold lead-ins, table cells). */
  inlineBody?: { text: string; span: Span };
}

export interface Section {
  heading: HeadingInfo | null;
  /** 1-6 for Markdown headings, 7 for heading-like lines (always nested under real headings). */
  level: number;
  /** Indices into DocumentModel.blocks of the section's own content (not its subsections). */
  blocks: number[];
  /** Index of the parent section in DocumentModel.sections, or -1. */
  parent: number;
  /** From the heading to the end of the last descendant's content. */
  span: Span;
}

/** The level of heading-like lines (bold, labels, questions): below every Markdown heading. */
export const PSEUDO_LEVEL = 7;
const MAX_HEADING_CHARS = 200;

function meaningful(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.filter((n) => !(n.type === 'text' && n.value.trim() === '') && n.type !== 'break');
}

function isEmphasis(node: PhrasingContent): boolean {
  return node.type === 'strong' || node.type === 'emphasis';
}

/**
 * "<details><summary>Who is the SENCO?</summary><p>Mrs ...</p>" (a website's accordion) or an HTML
 * heading: the element's text is the heading, the HTML up to the next heading its answer. Offsets inside
 * the HTML match the source only when the block is not indented or quoted; otherwise the whole block is the span.
 */
/** `exact`: the block's text is its source as written, so offsets in it map to the document's. */
function htmlHeadingInfo(block: Block, exact: boolean, found: HtmlHeading, bodyEnd: number): HeadingInfo {
  const at = (offset: number) => (exact ? block.span.start + offset : block.span.start);
  const span = exact ? { start: at(found.start), end: at(found.end) } : { ...block.span };
  const body = htmlText(block.text.slice(found.end, bodyEnd));
  return {
    text: found.text,
    span,
    source: 'html',
    ...(body ? { inlineBody: { text: body, span: exact ? { start: at(found.end), end: at(bodyEnd) } : { ...block.span } } } : {}),
  };
}

/** Recognises a paragraph that works as a heading, if it does. */
function headingOf(block: Block, text: string): HeadingInfo | null {
  if (block.kind === 'heading') return { text: block.text.trim(), span: block.span, source: 'markdown' };
  if (block.kind !== 'paragraph' || block.inList || block.inQuote || !block.inline) return null;
  const parts = meaningful(block.inline);
  const plain = block.text.trim();
  if (plain.length === 0) return null;
  // A line that is only a link ("[Complaints Policy](https://...)", "[Back to top](#contents)") goes somewhere else; it heads nothing.
  // Nor does a picture ("![A teacher helping a child](img/help.png)" before each answer of an Easy Read report).
  if (parts.every((n) => n.type === 'link' || n.type === 'image' || n.type === 'imageReference')) return null;
  const first = parts[0];
  if (first && isEmphasis(first) && first.position) {
    const leadText = toString(first).trim();
    if (parts.length === 1 && leadText.length <= MAX_HEADING_CHARS) {
      return { text: leadText, span: block.span, source: 'bold' };
    }
    // "**Q3: Who is the SENCO?** Our SENCO is ..." : a lead-in heading. A short bold phrase closed by a
    // full stop ("**Spotting needs.** Teachers check ...") is one too, when a new sentence follows.
    const shortLeadIn =
      first.type === 'strong' && /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][^.!?]*\.$/.test(leadText) && leadText.split(/\s+/).length <= 8 && /^\s*[A-Z“"‘']/.test(text.slice(first.position.end.offset ?? 0, block.span.end));
    if ((/[?:]$/.test(leadText) || shortLeadIn) && leadText.length <= MAX_HEADING_CHARS) {
      const leadEnd = first.position.end.offset ?? block.span.start;
      const body = text.slice(leadEnd, block.span.end).trim();
      return {
        text: leadText.replace(/[:.]$/, ''),
        span: { start: block.span.start, end: leadEnd },
        source: 'bold',
        inlineBody: { text: body, span: { start: leadEnd, end: block.span.end } },
      };
    }
  }
  const singleLine = !plain.includes('\n');
  if (singleLine && plain.length <= MAX_HEADING_CHARS && plain.endsWith('?')) {
    return { text: plain, span: block.span, source: 'question' };
  }
  // The letters are worked out only for a short line: every paragraph gets here, on every keystroke.
  const letters = singleLine && plain.length <= 80 ? plain.replace(/[^A-Za-z]/g, '') : '';
  if (letters.length >= 4 && letters === letters.toUpperCase() && !/[.!]$/.test(plain)) {
    return { text: plain, span: block.span, source: 'caps' };
  }
  if (singleLine && isLabelLine(plain, true)) return { text: plain.replace(/:$/, ''), span: block.span, source: 'label' };
  // "Q: How will I be involved? We phone every family ..." : a marked question with its answer on the same line.
  const inlineQuestion = /^(?:Q\d{0,2}|Question(?: \d{1,2})?)\s*[:.)]\s*[^?\n]{3,200}\?/.exec(plain);
  if (inlineQuestion && text.slice(block.span.start, block.span.start + inlineQuestion[0].length) === inlineQuestion[0]) {
    const end = block.span.start + inlineQuestion[0].length;
    const body = text.slice(end, block.span.end).trim();
    if (body) {
      return {
        text: inlineQuestion[0],
        span: { start: block.span.start, end },
        source: 'question',
        inlineBody: { text: body, span: { start: end, end: block.span.end } },
      };
    }
  }
  // "Who is the SENCO?\nOur SENCO is ..." : a question line with its answer in the same paragraph.
  const newline = plain.indexOf('\n');
  const firstLine = newline > 0 ? plain.slice(0, newline).trim() : '';
  if (firstLine && firstLine.length <= MAX_HEADING_CHARS && (firstLine.endsWith('?') || isLabelLine(firstLine))) {
    const sourceNewline = text.indexOf('\n', block.span.start);
    if (sourceNewline > 0 && sourceNewline < block.span.end) {
      return {
        text: firstLine.replace(/:$/, ''),
        span: { start: block.span.start, end: sourceNewline },
        source: firstLine.endsWith('?') ? 'question' : 'label',
        inlineBody: { text: text.slice(sourceNewline + 1, block.span.end).trim(), span: { start: sourceNewline + 1, end: block.span.end } },
      };
    }
  }
  return null;
}

const NUMBERED = /^(?:\d{1,2}(?:\.\d{1,2})*[a-z]?[.)]?|\d{1,2}\s?\([a-z]\)|\(?[a-z]\)|Q\d{1,2}[a-z]?[:.)]?)\s+\S/;

/**
 * A plain line used as a heading in documents without markup: a numbered line that does not end like a
 * sentence ("3(b) The school's arrangements for ..."), or a short Title Case label ("Complaints",
 * "Working With Families:"). Sentences end with a full stop; hard-wrapped prose has lower-case words.
 */
function isLabelLine(written: string, standalone = false): boolean {
  // "... publishes its Local Offer online.[^5]": a footnote mark after the full stop still ends a sentence.
  // (With the note defined as a bare address, the parser leaves "online.^5" as the mark's text.)
  const line = written.includes('^') ? written.replace(/(?<=[.!?])(?:\[?\^[^\]\s]{1,40}\]?)+$/, '') : written;
  // Key-value lines ("Phone: 01632 960000"), addresses, dates and names with a title are not headings.
  if (line.length > MAX_HEADING_CHARS || /[.,;!]$/.test(line) || /:\s*\S/.test(line) || /@|\d{4}/.test(line)) return false;
  if (/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]/.test(line)) return false;
  if (NUMBERED.test(line) && line.length <= 160) return true;
  const words = line.replace(/:$/, '').split(/\s+/);
  if (words.length > 8 || line.length > 70 || !/^[A-Z]/.test(line)) return false;
  const significant = words.filter((w) => w.length > 3);
  if (significant.length === 0) return false;
  // A short line standing alone with no full stop is a heading even in sentence case ("Working with families").
  if (standalone) return true;
  return words.length <= 6 && significant.every((w) => /^[A-Z0-9("'‘“]/.test(w));
}

/** The cell that holds a table row's question or label: the first, or the second after a number column. */
function labelCell(cells: { text: string; span: Span }[]): number {
  return cells.length >= 3 && /^\s*(?:\d{1,2}[a-z]?|\d{1,2}\s?\([a-z]\)|[a-z]|Q\d{1,2})[.):]?\s*$/i.test(cells[0]!.text) ? 1 : 0;
}

/**
 * "Regulation | What the law asks | What we do": in a compliance table, a column between the label and the
 * answer whose header says it holds the requirement restates the question. It belongs to the row's heading,
 * so "N/A" in the last column answers nothing. A header that also names the school's answer is not one.
 */
const REQUIREMENT_HEADER = /\b(?:law|legal|regulations?|requirements?|required|statutory|duty|duties|asks?|question|criteri(?:on|a)|must)\b/i;
const ANSWER_HEADER = /\b(?:we|our|us|answer|response|provision|evidence|how|practice|action)\b/i;

function requirementColumns(header: Block | undefined): Set<number> {
  const columns = new Set<number>();
  const cells = header?.cells;
  if (!cells || cells.length < 3) return columns;
  for (let c = 1; c < cells.length - 1; c++) {
    const text = cells[c]!.text;
    if (REQUIREMENT_HEADER.test(text) && !ANSWER_HEADER.test(text)) columns.add(c);
  }
  return columns;
}

/** A table reads as one-row-per-question when its label column holds questions, short labels or statutory wording. */
function isQuestionTable(rows: Block[]): boolean {
  const data = rows.filter((r) => (r.rowIndex ?? 0) > 0 && (r.cells?.length ?? 0) >= 2);
  if (data.length < 2) return false;
  // A header that names a requirement column makes it a row-per-requirement table, however short the answers ("N/A").
  if (requirementColumns(rows.find((r) => r.rowIndex === 0)).size > 0) return true;
  const headingLike = data.filter((r) => {
    const at = labelCell(r.cells!);
    const label = r.cells![at]!.text.trim();
    const restLength = r.cells!.slice(at + 1).reduce((n, c) => n + c.text.length, 0);
    return label.endsWith('?') || (label.length <= 300 && restLength > Math.min(label.length, 60));
  });
  return headingLike.length / data.length >= 0.6;
}

/**
 * "3. How we identify SEN" typed as a plain numbered line parses as a one-item ordered list. Standing alone
 * between paragraphs, not closed like a sentence, it is a heading (a list of such lines is a contents list).
 */
function loneNumberedLine(blocks: Block[], i: number, text: string): HeadingInfo | null {
  const block = blocks[i]!;
  if (block.kind !== 'paragraph' || !block.inList || block.inQuote || block.text.includes('\n')) return null;
  const line = block.text.trim();
  const numbered = (b: Block | undefined) => {
    if (!b?.inList) return false;
    const lineStart = text.lastIndexOf('\n', b.span.start - 1) + 1;
    return /^\s{0,3}\d{1,2}[.)]\s+$/.test(text.slice(lineStart, b.span.start));
  };
  // Bullet lists either side are other lists; numbered items either side make this one item of a list.
  if (!numbered(block) || numbered(blocks[i - 1]) || !blocks[i + 1] || numbered(blocks[i + 1])) return null;
  if (line.length > MAX_HEADING_CHARS || /[.,;!]$/.test(line) || !/^[A-Z]/.test(line)) return null;
  return { text: line, span: block.span, source: line.endsWith('?') ? 'question' : 'label' };
}

/** The column a block starts at in its source line (how deeply a list item is nested). */
function columnOf(block: Block, text: string): number {
  return block.span.start - (text.lastIndexOf('\n', block.span.start - 1) + 1);
}

/**
 * "- **How do you find out if my child needs help?** We start ...": a report written as one long list, each
 * item a bold question with its answer in the same item (or in sub-bullets nested under it). Only a question
 * heads a section: bold labels in a list ("- **Speech therapist:** visits weekly") are the list's content, and
 * a list of bare questions with nothing nested under them is an index.
 */
function listQuestion(blocks: Block[], i: number, text: string): HeadingInfo | null {
  const block = blocks[i]!;
  if (block.kind !== 'paragraph' || !block.inList || block.inQuote || !block.inline) return null;
  const first = meaningful(block.inline)[0];
  if (!first || first.type !== 'strong' || !first.position) return null;
  const question = toString(first).trim();
  if (!question.endsWith('?') || question.length > MAX_HEADING_CHARS) return null;
  const leadEnd = first.position.end.offset ?? block.span.start;
  const body = text.slice(leadEnd, block.span.end).trim();
  if (!body) {
    const next = blocks[i + 1];
    if (!next?.inList || columnOf(next, text) <= columnOf(block, text)) return null;
    return { text: question, span: block.span, source: 'bold' };
  }
  return { text: question, span: { start: block.span.start, end: leadEnd }, source: 'bold', inlineBody: { text: body, span: { start: leadEnd, end: block.span.end } } };
}

export function buildSections(blocks: Block[], text: string): Section[] {
  const sections: Section[] = [{ heading: null, level: 0, blocks: [], parent: -1, span: { start: 0, end: 0 } }];
  const stack: number[] = [0];

  // "<details><summary>Question</summary> ... </details>": the accordion's end ends its section, so what
  // follows it (a glossary accordion's next paragraph, say) is not its content.
  const accordions = new Set<number>();
  const closeAccordions = (count: number) => {
    for (let n = 0; n < count; n++) {
      let at = stack.length - 1;
      while (at > 0 && !accordions.has(stack[at]!)) at--;
      if (at === 0) return;
      stack.length = at;
    }
  };

  const open = (heading: HeadingInfo, level: number): Section => {
    while (stack.length > 1 && sections[stack[stack.length - 1]!]!.level >= level) stack.pop();
    const section: Section = { heading, level, blocks: [], parent: stack[stack.length - 1]!, span: { ...heading.span } };
    sections.push(section);
    stack.push(sections.length - 1);
    return section;
  };

  // Rows grouped by table once: filtering all blocks for each table was quadratic in a report with thousands of tables.
  const tableRows = new Map<number, Block[]>();
  for (const block of blocks) {
    if (block.kind !== 'tableRow' || block.tableIndex === undefined) continue;
    const rows = tableRows.get(block.tableIndex);
    if (rows) rows.push(block);
    else tableRows.set(block.tableIndex, [block]);
  }
  const questionTables = new Map<number, boolean>();
  const restating = new Map<number, Set<number>>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'tableRow' && block.tableIndex !== undefined) {
      let isQa = questionTables.get(block.tableIndex);
      if (isQa === undefined) {
        isQa = isQuestionTable(tableRows.get(block.tableIndex)!);
        questionTables.set(block.tableIndex, isQa);
      }
      if (isQa && (block.rowIndex ?? 0) > 0 && block.cells && block.cells.length >= 2) {
        let asks = restating.get(block.tableIndex);
        if (!asks) restating.set(block.tableIndex, (asks = requirementColumns(tableRows.get(block.tableIndex)!.find((r) => r.rowIndex === 0))));
        const at = Math.min(labelCell(block.cells), block.cells.length - 2);
        const first = block.cells[at]!;
        const question = block.cells.filter((_, c) => c > at && asks.has(c));
        const rest = block.cells.filter((_, c) => c > at && !asks.has(c));
        const bodyStart = rest[0]!.span.start;
        const section = open(
          {
            text: [first, ...question].map((c) => c.text.trim()).join(' – '),
            span: first.span,
            source: 'table-row',
            inlineBody: { text: rest.map((c) => c.text).join(' ').trim(), span: { start: bodyStart, end: block.span.end } },
          },
          PSEUDO_LEVEL + 1,
        );
        section.span.end = block.span.end;
        continue;
      }
    }
    if (block.kind === 'html') {
      const found = htmlHeadings(block.text);
      // Worked out once per block: an export without blank lines is one block of thousands of accordions.
      const exact = block.span.end - block.span.start === block.text.length && text.startsWith(block.text, block.span.start);
      found.forEach((h, k) => {
        const bodyEnd = found[k + 1]?.start ?? block.text.length;
        open(htmlHeadingInfo(block, exact, h, bodyEnd), PSEUDO_LEVEL);
        if (h.summary) accordions.add(sections.length - 1);
        closeAccordions(detailsClosed(block.text.slice(h.end, bodyEnd)));
      });
      if (found.length > 0) continue;
      closeAccordions(detailsClosed(block.text));
    }
    const heading = headingOf(block, text) ?? loneNumberedLine(blocks, i, text) ?? listQuestion(blocks, i, text);
    // A short unpunctuated line straight after a heading is its answer ("Our SENCO is Mrs A Patel"), not a heading.
    const justOpened = sections[stack[stack.length - 1]!]!;
    const isAnswer =
      heading?.source === 'label' &&
      !heading.inlineBody &&
      /[?:]\s*$/.test(justOpened.heading?.text ?? '') &&
      justOpened.blocks.length === 0 &&
      !justOpened.heading!.inlineBody;
    if (heading && !isAnswer) {
      open(heading, heading.source === 'markdown' ? block.depth ?? 1 : PSEUDO_LEVEL);
      continue;
    }
    const current = sections[stack[stack.length - 1]!]!;
    // Q&A table rows sit at PSEUDO_LEVEL + 1; prose after the table belongs to the enclosing section.
    if (current.heading?.source === 'table-row') stack.pop();
    sections[stack[stack.length - 1]!]!.blocks.push(i);
  }

  // Spans: each section reaches to the end of its last content block or descendant.
  for (let i = sections.length - 1; i >= 0; i--) {
    const section = sections[i]!;
    const lastBlock = section.blocks.length ? blocks[section.blocks[section.blocks.length - 1]!]! : null;
    if (lastBlock) section.span.end = Math.max(section.span.end, lastBlock.span.end);
    if (section.parent >= 0) {
      const parent = sections[section.parent]!;
      parent.span.end = Math.max(parent.span.end, section.span.end);
    }
  }
  return sections;
}
