import type { PhrasingContent } from 'mdast';
import type { Block, DocumentModel, Link } from '../document.js';
import { PSEUDO_LEVEL } from '../sections.js';
import type { Span } from '../types.js';
import { cleanText, type CleanText } from './text.js';
import { htmlText } from './html.js';

/**
 * The document as coverage reads it: sections with their text, and passages (a paragraph with the list
 * that follows it, or one table answer) as the units content evidence is counted in.
 */

/** Headings whose sections list, define or frame things rather than describe what the school does. */
const FRAMING_HEADING =
  /\b(contents|quick links|index|in this (report|document|page)|on this page|jump to|aims?|objectives|vision|values|ethos|mission|purpose|principles|definitions?|glossary|legislation|statutory (framework|guidance)|related (policies|documents)|linked (policies|documents)|links? (with|to) other policies|other (relevant )?policies|document (control|history)|version (control|history)|approval)\b/gi;
/** Words that add no topic of their own to a framing heading ("Our aims and values", "Aims of this policy"). */
const FILLER = /\b(and|&|of|the|our|this|these|for|to|with|key|main|school'?s?|academy'?s?|policy|policies|report|documents?|send|sen|plans?)\b/gi;

/**
 * A framing heading frames and nothing else: "Definitions and the areas of need" also names a topic, so
 * its section is content like any other.
 */
function isFramingHeading(heading: string): boolean {
  if (heading.search(FRAMING_HEADING) < 0) return false;
  const rest = heading.replace(FRAMING_HEADING, ' ').replace(FILLER, ' ').replace(/[^\p{L}]+/gu, ' ').trim();
  return rest.split(' ').filter((w) => w.length > 2).length === 0;
}
const CONTENTS_HEADING = /^(table of )?contents$|quick links|^index$|in this (report|document|page)|on this page|jump to/i;

export interface Passage {
  raw: string;
  clean: CleanText;
  span: Span;
  section: number;
}

export interface SectionView {
  /** Heading text with numbering ("3(b)", "Q4:", "2.") and a trailing "?" removed. */
  heading: string | null;
  /** Own content plus every subsection's, cleaned (computed on first use: only matching sections need it). */
  readonly subtree: CleanText;
  readonly subtreeRaw: string;
  span: Span;
  /** Lists, frames or defines rather than describes (contents, aims, glossary ...): not content evidence. */
  framing: boolean;
  /** Passages directly in this section. */
  passages: Passage[];
}

export interface DocView {
  sections: SectionView[];
  passages: Passage[];
}

const NUMBERING =
  /^\s*(?:part [a-z0-9]+\s*[:.–-]?\s*)?(?:(?:q(?:uestion)?\s*)?\d{1,2}(?:\.\d{1,2})*\s*(?:\(?[a-z]\))?[.):–-]?|\(?[a-z]\)|[ivx]{1,4}[.)])\s+/i;

export function normaliseHeading(text: string): string {
  return text.replace(/[*_`]/g, '').replace(NUMBERING, '').replace(/[?:.\s]+$/, '').trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * List items that index the document rather than say anything: a run of short items that are mostly
 * links to anchors or repeat the document's own headings (contents lists, "quick links").
 */
function indexBlocks(doc: DocumentModel): Set<number> {
  const headings = new Set(doc.sections.filter((s) => s.heading).map((s) => normaliseHeading(s.heading!.text).toLowerCase()));
  const result = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) {
      const short = run.every((i) => wordCount(doc.blocks[i]!.text) <= 25 && !/[.;]$/.test(doc.blocks[i]!.text.trim()));
      const indexLike = run.filter((i) => {
        const block = doc.blocks[i]!;
        const anchored = doc.links.some((l) => l.url.startsWith('#') && l.span.start >= block.span.start && l.span.end <= block.span.end);
        return anchored || headings.has(normaliseHeading(block.text).toLowerCase());
      });
      if (short && indexLike.length * 2 >= run.length) run.forEach((i) => result.add(i));
    }
    run = [];
  };
  doc.blocks.forEach((block, i) => {
    if (block.inList && block.kind === 'paragraph') run.push(i);
    else flush();
  });
  flush();
  return result;
}

/**
 * Heading-like lines (bold, labels, questions) nest under the last Markdown heading, and Q&A table rows
 * under the line before the table. After a "Contents" or "Aims" heading, a run of such lines or rows with
 * real paragraphs under them is the document's body in a plainer markup, not part of the contents or the
 * aims: glossary terms and aims are a line or two each.
 */
function bodyAfterFraming(doc: DocumentModel, framing: boolean[]): Set<number> {
  const body = new Set<number>();
  doc.sections.forEach((parent, p) => {
    if (!framing[p] || !parent.heading) return;
    const pseudo = doc.sections.flatMap((s, i) => (s.parent === p && s.heading && s.heading.source !== 'markdown' ? [i] : []));
    if (pseudo.length === 0) return;
    const words = pseudo.map((i) => {
      const section = doc.sections[i]!;
      const own = section.blocks.map((b) => doc.blocks[b]!.text).join(' ') + ' ' + (section.heading!.inlineBody?.text ?? '');
      return wordCount(own);
    });
    const contents = CONTENTS_HEADING.test(normaliseHeading(parent.heading.text));
    // When the framing section has its own list or paragraph first, the lines after it start something new.
    const ownFirst = parent.blocks.length > 0 && parent.blocks[0]! < doc.sections[pseudo[0]!]!.blocks.concat(Infinity)[0]!;
    const average = words.reduce((a, b) => a + b, 0) / pseudo.length;
    if (contents || (ownFirst ? average >= 20 : pseudo.length >= 3 && average >= 40)) pseudo.forEach((i) => body.add(i));
  });
  return body;
}

/**
 * A paragraph hard-wrapped mid-sentence (text copied from a PDF or an email) is one sentence, not one per
 * line: a line that does not end a sentence, followed by one starting in lower case, continues it.
 */
export function unwrapLines(text: string): string {
  // Most paragraphs are one line: the look-behind scan would try every position for nothing.
  if (!text.includes('\n')) return text;
  return text.replace(/(?<=[^.!?:;\s])[ \t]*\n[ \t]*(?=[a-z])/g, ' ');
}

const views = new WeakMap<DocumentModel, DocView>();

/** "[^4]: text" at the start of a line. */
const FOOTNOTE_LINE = /^\[\^([^\]\s]{1,40})\]:[ \t]*/;
const FOOTNOTE_LINES = /^\[\^([^\]\s]{1,40})\]:[ \t]*(.*)$/gm;
const FOOTNOTE_REFERENCE = /\[\^([^\]\s]{1,40})\](?!:)/g;

interface Footnotes {
  /** The blocks that hold footnotes' text. */
  blocks: Set<number>;
  /** Each footnote's text by its label, lower case. */
  text: Map<string, string>;
}

/**
 * A Word export's footnotes ("Our SENCO is Mr Wright.[^4]" ... "[^4]: He can be contacted on 01632 ..."):
 * the note's text is part of what the sentence that cites it says, not of the section it ends up in.
 * Notes are read from the source lines: the parser takes notes written one after another as one
 * paragraph, and a note that is only an address as a link definition.
 */
function footnotesOf(doc: DocumentModel): Footnotes | null {
  if (!doc.text.includes('[^')) return null;
  const text = new Map<string, string>();
  for (const [, label, note] of doc.text.matchAll(FOOTNOTE_LINES)) text.set(label!.toLowerCase(), note!.trim());
  if (text.size === 0) return null;
  const blocks = new Set<number>();
  doc.blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph') return;
    const lineStart = doc.text.lastIndexOf('\n', block.span.start - 1) + 1;
    if (FOOTNOTE_LINE.test(block.text) || FOOTNOTE_LINE.test(doc.text.slice(lineStart, block.span.end))) blocks.add(i);
  });
  return { blocks, text };
}

/** The texts of the footnotes cited in a stretch of the source, one a line. */
function citedNotes(doc: DocumentModel, footnotes: Footnotes, span: Span): string[] {
  const notes: string[] = [];
  for (const [, label] of doc.text.slice(span.start, span.end).matchAll(FOOTNOTE_REFERENCE)) {
    const note = footnotes.text.get(label!.toLowerCase());
    if (note !== undefined && !notes.includes(note)) notes.push(note);
  }
  return notes;
}

/** The document's links in source order, sorted once (bare addresses are found in a pass of their own). */
const sortedLinks = new WeakMap<DocumentModel, Link[]>();

/** Whether a block is a paragraph made only of links: "[Complaints Policy](https://...)", "[Back to top](#contents)". */
function isLinkOnly(doc: DocumentModel, i: number): boolean {
  const block = doc.blocks[i]!;
  if (block.kind !== 'paragraph') return false;
  let links = sortedLinks.get(doc);
  if (!links) sortedLinks.set(doc, (links = [...doc.links].sort((a, b) => a.span.start - b.span.start)));
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid]!.span.start < block.span.start) lo = mid + 1;
    else hi = mid;
  }
  let rest = block.text;
  let found = false;
  for (let k = lo; k < links.length && links[k]!.span.end <= block.span.end; k++) {
    rest = rest.replace(links[k]!.text, '');
    found = true;
  }
  return found && !/[\p{L}\p{N}]/u.test(rest);
}

const PICTURE = new Set(['image', 'imageReference']);

/**
 * A paragraph that is only pictures (and links around them): "![A ramp up to the school door](img/ramp.png)".
 * Its text is the pictures' descriptions, which illustrate the answer beside them rather than give one.
 */
function isPictureOnly(block: Block): boolean {
  if (block.kind !== 'paragraph' || !block.inline || !block.text) return false;
  let pictures = 0;
  const only = (nodes: readonly PhrasingContent[]): boolean =>
    nodes.every((n) => {
      if (PICTURE.has(n.type)) return ++pictures > 0;
      if (n.type === 'link' || n.type === 'linkReference') return only(n.children);
      return (n.type === 'text' && n.value.trim() === '') || n.type === 'break';
    });
  return only(block.inline) && pictures > 0;
}

export function docView(doc: DocumentModel): DocView {
  const cached = views.get(doc);
  if (cached) return cached;
  const skip = indexBlocks(doc);
  const footnotes = footnotesOf(doc);
  if (footnotes) for (const i of footnotes.blocks) skip.add(i);
  // Raw HTML (a website's exported answers) is read as its text; a block of tags or comments alone has none.
  const htmlTexts = new Map<number, string>();
  const textOf = (i: number): string => {
    const block = doc.blocks[i]!;
    if (block.kind === 'paragraph') return unwrapLines(block.text);
    if (block.kind !== 'html') return block.text;
    let text = htmlTexts.get(i);
    if (text === undefined) htmlTexts.set(i, (text = htmlText(block.text)));
    return text;
  };
  const readable = (i: number) => {
    const block = doc.blocks[i]!;
    return !skip.has(i) && block.kind !== 'code' && block.kind !== 'heading' && (block.kind !== 'html' || textOf(i) !== '') && !isPictureOnly(block);
  };

  const framing = doc.sections.map((s) => Boolean(s.heading && s.level > 1 && isFramingHeading(normaliseHeading(s.heading.text))));
  const swallowed = bodyAfterFraming(doc, framing);
  doc.sections.forEach((s, i) => {
    if (s.parent >= 0 && framing[s.parent] && doc.sections[s.parent]!.level > 1 && !swallowed.has(i)) framing[i] = true;
  });

  const passages: Passage[] = [];
  const own: Passage[][] = doc.sections.map(() => []);
  /** Per section, the blocks of each of its own passages (an inline body has none). */
  const blocksOf: number[][][] = doc.sections.map(() => []);
  doc.sections.forEach((section, index) => {
    const contents = section.heading && CONTENTS_HEADING.test(normaliseHeading(section.heading.text));
    const add = (text: string, span: Span, blocks: number[] = []) => {
      const raw = footnotes ? [text, ...citedNotes(doc, footnotes, span)].join('\n') : text;
      const passage = { raw, clean: cleanText(raw), span, section: index };
      own[index]!.push(passage);
      blocksOf[index]!.push(blocks);
      passages.push(passage);
    };
    if (section.heading?.inlineBody && section.heading.inlineBody.text) add(unwrapLines(section.heading.inlineBody.text), section.heading.inlineBody.span);
    if (contents) return;
    let raw: string[] = [];
    let span: Span | null = null;
    let blocks: number[] = [];
    const flush = () => {
      if (span && raw.length) add(raw.join('\n'), span, blocks);
      raw = [];
      span = null;
      blocks = [];
    };
    for (const i of section.blocks) {
      if (!readable(i)) {
        flush();
        continue;
      }
      const block = doc.blocks[i]!;
      // A paragraph starts a passage; the list items after it belong to it ("Support includes: ...").
      if (!block.inList) flush();
      raw.push(textOf(i));
      blocks.push(i);
      span = span ? { start: span.start, end: block.span.end } : { ...block.span };
    }
    flush();
  });

  const children = doc.sections.map(() => [] as number[]);
  doc.sections.forEach((s, i) => {
    if (s.parent >= 0) children[s.parent]!.push(i);
  });
  // "## Local Offer\n\nLink to follow.\n\n**Disabled pupils.** All our pupils ...": a heading answered only by a
  // deferral or a placeholder has said all it will; the bold or label lines after it start topics of their own.
  // (A pointer may point to them: "See below.")
  // So has a heading answered only by a link ("## Wellbeing\n\n[Wellbeing and pastoral care](https://...)"):
  // the link is where the answer is, as "See our Wellbeing page." would be.
  const answeredEmpty = (i: number) =>
    own[i]!.length > 0 &&
    own[i]!.every((p, k) => p.clean.empty === 'placeholder' || (p.clean.empty !== undefined && blocksOf[i]![k]!.length > 0 && blocksOf[i]![k]!.every((b) => isLinkOnly(doc, b))));
  const subtreeRaw = (i: number): string => {
    const kids = answeredEmpty(i) ? children[i]!.filter((c) => doc.sections[c]!.level < PSEUDO_LEVEL) : children[i]!;
    return [own[i]!.map((p) => p.raw).join('\n'), ...kids.map(subtreeRaw)].filter(Boolean).join('\n');
  };

  const sections: SectionView[] = doc.sections.map((section, i) => {
    let raw: string | undefined;
    let clean: CleanText | undefined;
    return {
      heading: section.heading ? normaliseHeading(section.heading.text) : null,
      get subtreeRaw() {
        return (raw ??= subtreeRaw(i));
      },
      get subtree() {
        return (clean ??= cleanText(this.subtreeRaw));
      },
      span: section.span,
      framing: framing[i]!,
      passages: own[i]!,
    };
  });
  const view = { sections, passages };
  views.set(doc, view);
  return view;
}
