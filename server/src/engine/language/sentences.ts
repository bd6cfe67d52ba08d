import { syllable } from 'syllable';
import type { DocumentModel } from '../document.js';
import type { ReadabilitySummary } from '../types.js';
import { blockTexts, type BlockText } from './text.js';
import { TextMemo } from './text-memo.js';

export interface Sentence {
  block: BlockText;
  start: number;
  end: number;
  words: number;
  syllables: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'eg', 'ie', 'etc', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'approx', 'incl', 'para', 'paras', 'vs', 'cf', 'ref', 'tel', 'ext', 'fig', 's', 'ss', 'reg', 'regs', 'sch', 'prof', 'rev', 'revd', 'co', 'ltd', 'dept', 'govt']);
// The look-behind tries a run of stops only from its first one: a later start cannot succeed where the
// first failed, and without it a long run ("....") was rescanned from every position (issue 7).
const BOUNDARY = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|\n+/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const syllableCache = new Map<string, number>();
function syllables(word: string): number {
  const lower = word.toLowerCase();
  let count = syllableCache.get(lower);
  if (count === undefined) {
    count = /\p{N}/u.test(lower) ? 1 : Math.max(1, syllable(lower));
    if (syllableCache.size < 50_000) syllableCache.set(lower, count);
  }
  return count;
}

/** A sentence of a block's text: offsets into it, and its counts. */
type SentenceShape = Omit<Sentence, 'block'>;

function measure(text: string, start: number, end: number): SentenceShape | null {
  let words = 0;
  let total = 0;
  for (const match of text.slice(start, end).matchAll(WORD)) {
    words++;
    total += syllables(match[0]);
  }
  return words === 0 ? null : { start, end, words, syllables: total };
}

function sentenceShapes(text: string): SentenceShape[] {
  const result: SentenceShape[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    const lastWord = /([\p{L}.]+)[.]$/u.exec(text.slice(Math.max(start, match.index - 12), match.index + 1));
    if (match[0].startsWith('.') && lastWord && ABBREVIATIONS.has(lastWord[1]!.toLowerCase().replace(/\.$/, ''))) continue;
    const sentence = measure(text, start, end);
    if (sentence) result.push(sentence);
    start = end;
  }
  const last = measure(text, start, text.length);
  if (last) result.push(last);
  for (const s of result) {
    while (s.start < s.end && /\s/.test(text[s.start]!)) s.start++;
    while (s.end > s.start && /\s/.test(text[s.end - 1]!)) s.end--;
  }
  return result;
}

// Splitting and syllable counting depend on the text alone: reuse them for blocks an edit did not touch.
const shapes = new TextMemo<SentenceShape[]>();

/** Splits a block's text into sentences (not at "e.g." or "Mr."), with word and syllable counts. */
export function splitSentences(block: BlockText): Sentence[] {
  return shapes.get(block.text, sentenceShapes).map((shape) => ({ block, ...shape }));
}

/** Flesch reading ease: higher is easier; 60-70 is plain English, below 30 is very hard. */
export function readingEase(words: number, sentences: number, syllableCount: number): number {
  if (words === 0 || sentences === 0) return 100;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllableCount / words);
}

export interface ProseParagraph {
  block: BlockText;
  sentences: Sentence[];
}

const cache = new WeakMap<DocumentModel, ProseParagraph[]>();

/** Running prose: paragraphs and list items, not headings, tables or heading-like bold lines. */
export function proseParagraphs(doc: DocumentModel): ProseParagraph[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const headingBlocks = new Set(doc.sections.flatMap((s) => (s.heading ? [s.heading.span.start] : [])));
  const result = blockTexts(doc)
    .filter((b) => doc.blocks[b.blockIndex]?.kind === 'paragraph' && !headingBlocks.has(doc.blocks[b.blockIndex]!.span.start))
    .map((block) => ({ block, sentences: splitSentences(block) }))
    .filter((p) => p.sentences.length > 0);
  cache.set(doc, result);
  return result;
}

/** The document's overall reading ease, for editors and reports. */
export function readabilityOf(doc: DocumentModel): ReadabilitySummary {
  let words = 0;
  let sentences = 0;
  let total = 0;
  for (const paragraph of proseParagraphs(doc)) {
    for (const s of paragraph.sentences) {
      words += s.words;
      total += s.syllables;
      sentences++;
    }
  }
  return { readingEase: Math.round(readingEase(words, sentences, total) * 10) / 10, words, sentences };
}
