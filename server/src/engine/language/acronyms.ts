import type { DocumentModel } from '../document.js';
import type { Span } from '../types.js';
import { blockTexts, spanOf, type BlockText } from './text.js';
import { glossary, keyOf, meaningMatching, type GlossaryEntry } from './glossary.js';
import { TextMemo } from './text-memo.js';
import { inNonProse } from './masked.js';

/** One occurrence of an acronym in the prose. */
export interface AcronymUse {
  /** As written, e.g. "EHCPs". */
  written: string;
  block: BlockText;
  /** Offsets into block.text. */
  start: number;
  end: number;
  span: Span;
  /** Inside an ALL-CAPS line (title, motto, shouted heading). */
  shouted: boolean;
  inHeading: boolean;
}

/** A place where the document ties the acronym to its full form. */
export interface Explanation {
  span: Span;
  /** In a section called Glossary, Abbreviations, Definitions and so on: counts wherever it is. */
  inGlossarySection: boolean;
  /** Which glossary meaning the full form matched, or -1 when it is not a glossary meaning. */
  meaning: number;
}

export interface AcronymInfo {
  key: string;
  /** The glossary spelling when known, else the first use without a plural -s. */
  canonical: string;
  entry: GlossaryEntry | undefined;
  uses: AcronymUse[];
  explanations: Explanation[];
}

export interface AcronymAnalysis {
  acronyms: Map<string, AcronymInfo>;
  /** End of the document's glossary (its last block), for the "add to glossary" fix. */
  glossaryEnd: { offset: number; table: boolean } | null;
}

// Words, or URL/e-mail chunks (matched whole so they can be skipped). A URL/e-mail chunk is a whole
// run of non-spaces holding "://", "www." or an "@" with a "." at least two characters after it. It is
// tried only where a run starts, and its look-ahead checks just the first "@": written as
// \S*(?:@\S+\.|...)\S* it was retried at every position of a long word, in quadratic time (issue 7).
const TOKEN = /(?<!\S)(?=\S*?(?::\/\/|www\.)|[^\s@]*@\S[^\s.]*\.)\S+|[\p{L}\p{N}]+(?:&[\p{L}]+)*/gu;
// The same words when the text holds no URL or e-mail address (most blocks): no look-around to try at every word.
const WORD = /[\p{L}\p{N}]+(?:&[\p{L}]+)*/gu;
const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_CONTEXT = /\b(?:part|section|chapter|appendix|annex|schedule|volume|stage|phase|level|tier|book|article|step)\s*$/i;
// A heading that is just "Key" (or "Key to abbreviations") heads the list of what the letters stand for.
const GLOSSARY_HEADING =
  /^\W*(?:\d+[.)]?\s*)?key(?: to [\w ]{1,30})?\W*$|glossary|abbreviations?\b|acronyms?\b|jargon|key terms|terms (?:we )?use|terminology|useful (?:terms|words)|key (?:words|vocabulary)|vocabulary|word bank|definitions|(?:words|language|terms) (?:we|you(?:'ll| will| may| might)?) (?:use|see|hear|meet|read)|what (?:do )?(?:the|these|our) (?:words|terms|letters|initials|abbreviations|acronyms)|\bA ?(?:to|-|–) ?Z\b|dictionary|alphabet soup|(?:explanation|meaning)s? of (?:terms|words|the terms)|(?:terms|words) explained/i;
const SUMMARY = /<summary[^>]*>([\s\S]{0,200}?)<\/summary>/i;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:/;
// A paragraph led by a glossary's label: "Key: SLD = severe learning difficulties; ...", "Abbreviations: ...".
const GLOSSARY_LEAD = /^(?:key|glossary|abbreviations(?: used)?|acronyms(?: used)?)\s*:/i;
const GLOSSARY_TABLE_HEADER = /^(?:acronyms?|abbreviations?|initials|short forms?|terms?|jargon|word|what we write)$/i;
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Sir|Dame)\.?$/;
const NOT_EXPANSION = /^\s*(?:for example|e\.?g\.?|such as|see|including|like|previously|formerly|now|and|or)\b/i;
// What may follow the acronym inside "(...)" for the brackets to be its label: "(the ALNET Act)", "("KVLT" or "the Trust")".
const BRACKET_TAIL = /^(?:s|['’]s)?["”’']?(?:\s+Act(?:\s+\d{4})?)?(?:\s+for short)?["”’']?\s*(?:(?:,|\/|\bor\b)[^()]*)?\)/;
const DOTTED = /^[A-Z](?:\.[A-Z]){1,5}\.?(?![A-Za-z0-9])/;
// Template left-overs are the placeholder rule's business.
const PLACEHOLDER = /^(?:\d*X{2,}|TB[CAD]|YYYY|TODOs?|FIXME)$/;
// UK postcodes ("SW1A 1AA", "DB7 3QR"): an outward code followed by an inward code, or the inward code after one.
const POSTCODE_PART = /^(?:[A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2})$/;
const POSTCODE_OUTWARD = /\b[A-Z]{1,2}\d[A-Z\d]? $/;
const POSTCODE_INWARD = /^ \d[A-Z]{2}\b/;
// "Signed: JKM", "Reviewed by: HO / PL": initials after a sign-off label.
const SIGNED_BY = /\b(?:signed|initials|author|owner|reviewed by|approved by|written by|agreed by|checked by)\s*:?\s*(?:[A-Z]{2,4}\s*[/,&]\s*|[A-Z]{2,4}\s+and\s+)*$/i;
// English words written in capitals for emphasis ("must NOT", "ALL pupils"), not acronyms.
const EMPHASIS = new Set(
  'NOT MUST ALL ANY NO YES NEVER ONLY ALWAYS DO DON CANNOT WILL SHOULD AND OR THE NOW PLEASE NOTE IMPORTANT URGENT BEFORE AFTER FREE NEW EVERY EACH KEY STOP WHY HOW WHAT WHO WHEN WHERE'.split(' '),
);
// Months and weekdays in capitals, whole or shortened ("31 OCT", "MON 4 SEP", "FRIDAY 3 MAY"): dates, not acronyms.
const MONTH_OR_DAY = new Set(
  'JAN JANUARY FEB FEBRUARY MAR MARCH APR APRIL MAY JUN JUNE JUL JULY AUG AUGUST SEP SEPT SEPTEMBER OCT OCTOBER NOV NOVEMBER DEC DECEMBER MON MONDAY TUE TUES TUESDAY WED WEDNESDAY THU THUR THURS THURSDAY FRI FRIDAY SAT SATURDAY SUN SUNDAY'.split(' '),
);
// Capitalised words in a row inside a sentence: "OUR PLAN IS SIMPLE", "INSERT SCHOOL NAME", "OAKWOOD PRIMARY".
const SHOUTED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’]+(?: \p{Lu}[\p{Lu}'’]+)+(?![\p{L}\p{N}])/gu;
const AFTER_TOKEN =
  /^s?(?:\s*,\s*or,?\s+to give (?:it|them) (?:its|their) full (?:name|title),?\s+|\s*,\s*or\s+|\s*,\s+(?:the|our|your|their|its|an?)\s+(?:[A-Za-z-]+['’]s\s+)?|\s*,?\s+(?:stands for|means|is short for|is an abbreviation (?:for|of)|(?:also |otherwise )?known as|also called|short for|which (?:means|stands for)|meaning|that is|i\.e\.|in full|refers to|is (?:the|an?)),?\s+|\s*[:=–—]\s*|\s+-\s+|\s*\|\s*)/;
// "Full form, known as ACR", "Full form, or ACR,", "Full form, which we call the ACR Act": the name is given after its full form without brackets.
const NAMED_AS = /,\s+or\s+$|,?\s+(?:(?:also |often |usually |now )?known as|(?:also |often |usually )?(?:called|referred to as|(?:shortened|abbreviated) (?:to|as))|(?:which|whom|that) we (?:will |shall )?(?:call|refer to as)|(?:hereafter|henceforth)(?: called)?)\s+(?:the\s+|an?\s+)?["“‘']?$/i;
// "ready for adult life; we shorten this to PfA", "…, and we call this the APDR cycle": the writer names what the same
// sentence has just described. The description need not spell the letters out, so the naming is the explanation.
const NAMED_BY_REFERENCE = /(?:[;,:–—]\s*|\s+and\s+)we\s+(?:will\s+|shall\s+)?(?:(?:shorten|abbreviate)\s+(?:this|it|that|these|them)\s+(?:to|as)|call\s+(?:this|it|that|these|them))\s+(?:the\s+|an?\s+)?["“‘']?$/i;
// "SALT service (speech and language therapy)": a service word between the acronym and its full form in brackets.
// The brackets go on after the acronym with a lower-case word: "(EHCPs are reviewed ...)", "(SaLT for short)".
const SENTENCE_IN_BRACKETS = /^(?:s|['’]s)?\s+\p{Ll}/u;
const FOR_SHORT = /^s?\s+for short\b/;
const DASH_BEFORE = /\s(?:[–—]|--?)\s*$/;
const DASH_AFTER = /^s?\s*(?:[–—]|--?)\s/;
// What opens a definition after the term: "ALP: ...", "ALP – ...", "ALP = ...".
const DEFINITION_LEAD = /^s?[^\S\n]*(?:[:=–—]|\s-\s)[^\S\n]*\S/;
const SERVICE_THEN_BRACKETS = /^s?(?:\s+(?:service|services|team|department|unit|base|staff|provision|clinic|programme|plans?|support|register))?\s*\(([^()]*)\)/;
// Matched against the text since the line or table cell began, so it is tried from one place only.
const FULL_FORM_FIRST = /^\s*(?:[-*•]\s*)?([^()]+?)\s*(?:[–—=:/]|\s-)\s*$/;
const PREVIOUS_CELL = /([^|\n]+)\|\s*$/;
const LINE_END = /^s?[^\S\n]*[.;,]?[^\S\n]*(?:$|\n|\|)/;
const GLOSSARY_PHRASE = /^s?(?:\s+\p{Ll}[\p{Ll}-]*){1,2}\s*(?:[:=–—|]|\s-)\s*/u;
// The parts of a glossary entry's term ("EHCP, EHC plan", "SEN / SEND"), and where the term ends: a cell break or a line's colon or dash.
const TERM_LIST_SEPARATOR = /\s*(?:,|\/|\bor\b)\s*/;
const TERM_END = /\s*(?:[|:=–—]|\s-\s)\s*/;
// "What is a SENCO?", "What does EHCP stand for?": a question the next block answers with the full form.
const ASKS_MEANING = /^\W*what (?:is|are|does|do) (?:an? |the )?$/i;
const ASKS_TAIL = /^s?(?:'s)?(?:\s+(?:mean|stand for))?\s*\?/i;

/** True for a word written like an acronym: two or more capitals, not a CamelCase name like "WellComm" or "McAllister". */
export function looksLikeAcronym(word: string): boolean {
  // Most words have fewer than two capitals: count without allocating.
  let capitals = 0;
  for (let i = 0; i < word.length && capitals < 2; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) capitals++;
  }
  if (capitals < 2) return false;
  // "RAISEonline", "SIMSnet": capitals run into a lower-case word, so it is a product name.
  if (/[A-Z]{2}[a-z]{3,}$/.test(word)) return false;
  if (/[A-Z]{2}/.test(word)) return true;
  // "DfE", "PfA": capitals separated by single lower-case letters only.
  return !/[a-z]{2}/.test(word.replace(/s$/, ''));
}

/**
 * True when the text contains a word written like an acronym. A fix that
 * brings one in is never safe: applied unseen it would leave a new
 * unexplained acronym, so "fix all" would not settle in one pass.
 */
export function containsAcronym(text: string): boolean {
  return (text.match(/[\p{L}\p{N}&]+/gu) ?? []).some(looksLikeAcronym);
}

function lookup(written: string): { key: string; canonical: string; entry?: GlossaryEntry } {
  const direct = glossary.get(keyOf(written));
  if (direct) return { key: keyOf(direct.acronym), canonical: direct.acronym, entry: direct };
  const base = /s$/.test(written) && looksLikeAcronym(written.slice(0, -1)) ? written.slice(0, -1) : written;
  const entry = glossary.get(keyOf(base));
  if (entry) return { key: keyOf(entry.acronym), canonical: entry.acronym, entry };
  // "ICT2", "PE1": a room or teaching group named after an everyday subject, which is as well known as the subject.
  const last = written.charCodeAt(written.length - 1);
  const numbered = last >= 48 && last <= 57 ? /^([A-Z]{2,})\d{1,2}$/.exec(written) : null;
  const subject = numbered ? glossary.get(numbered[1]!) : undefined;
  if (subject?.everyday) return { key: keyOf(subject.acronym), canonical: subject.acronym, entry: subject };
  return { key: keyOf(base), canonical: base };
}

/**
 * Schwartz & Hearst's test: the short form's letters appear, in order, in the
 * long form, the first one starting a word. Returns where the matched long
 * form starts in `long`, or -1.
 */
export function matchStart(short: string, long: string): number {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si]!;
    if (!/[\p{L}\p{N}]/u.test(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1]!)))) li--;
    if (li < 0) return -1;
    li--;
    si--;
  }
  return li + 1;
}

// Words that may come before a full form given after the acronym: "(our special educational needs co-ordinator)",
// "IDP: an individual development plan", "the JCQ, in full the Joint Council for Qualifications".
const LEAD_WORDS = /^\s*(?:(?:i\.?e\.?|that is|which is|this is|it is|short for|meaning|in full|the|our|your|their|its|this|an?)[,:]?\s+)+/i;
const DEFINED_PEOPLE =
  /^(?:(?:young|the)\s+)?(?:people|children(?: and young people)?|pupils|learners|students|those|anyone|someone|(?:an?\s+)?(?:child|pupil|learner|student|young person|person))\s+(?:who|that)\s+(?:are|is|have|has)\s+/i;
const HEAD_NOUN = /\s+(?:cycle|approach|process|model|framework|programme|scheme)\s*$/i;
const WORD_LIMIT = (short: string) => Math.min(short.length + 5, short.length * 2) + 1;
// "Children who are Looked After (CLA)": small words a full form skips.
const MINOR_WORDS = new Set(['a', 'an', 'and', 'and/or', 'are', 'as', 'at', 'by', 'for', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'who', 'with', '&']);

/**
 * Every main word of a full form starts with one of the short form's letters, as in "Speech and Language
 * Therapy" for SaLT. Letters in order alone also fit "statutory assessment Education, Health" (s, a, then
 * l and t inside "Health"), which is a sentence, not a full form.
 */
function initialsFit(short: string, long: string): boolean {
  const letters = new Set(short.toLowerCase());
  return long
    .toLowerCase()
    .split(/[\s,]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}&]+/u, ''))
    .filter((word) => word && !MINOR_WORDS.has(word))
    .every((word) => letters.has(word[0]!));
}

/** "CAT4", "KS2": a number after the letters is an edition or a stage, which the full form may leave out. */
function withoutNumber(canonical: string): string | null {
  const stem = canonical.replace(/\d+$/, '');
  return stem !== canonical && looksLikeAcronym(stem) ? stem : null;
}

/** Does the text just before "(ACR)" spell the acronym out? Returns the meaning index, -1 for a non-glossary match, or null. */
function expandsBefore(canonical: string, entry: GlossaryEntry | undefined, before: string): number | null {
  const stem = withoutNumber(canonical);
  const found = expandsBeforeAs(canonical, entry, before) ?? (stem ? expandsBeforeAs(stem, entry, before) : null);
  if (found !== null) return found;
  // "the Assess, Plan, Do, Review cycle (APDR)": a word naming what the full form is comes between them.
  const head = HEAD_NOUN.exec(before);
  return head ? expandsBeforeAs(canonical, entry, before.slice(0, head.index)) : null;
}

/** Does the phrase after "ACR" (inside brackets, after ", or", "stands for" ...) spell it out? */
function expandsAfter(canonical: string, entry: GlossaryEntry | undefined, after: string): number | null {
  const stem = withoutNumber(canonical);
  return expandsAfterAs(canonical, entry, after) ?? (stem ? expandsAfterAs(stem, entry, after) : null);
}

function expandsBeforeAs(canonical: string, entry: GlossaryEntry | undefined, before: string): number | null {
  // A line break inside a paragraph is a hard wrap, not the end of a sentence: "Child and Adolescent Mental\nHealth Services (CAMHS)".
  const sentence = before.split(/[.!?;:]\s|\s\|\s/).pop() ?? '';
  const words = sentence.replace(/[()"“”‘’']/g, ' ').trim().split(/\s+/).filter(Boolean);
  const window = words.slice(-WORD_LIMIT(canonical) - 2).join(' ');
  if (entry) {
    const meaning = meaningMatching(entry, window, 'ends');
    if (meaning >= 0) return meaning;
  }
  const start = matchStart(canonical, window);
  if (start < 0 || !initialsFit(canonical, window.slice(start))) return null;
  // "assess-plan-do-review (APDR)": each part of a hyphenated word counts as a word of the full form.
  const used = window.slice(start).split(/[\s-]+/).length;
  // A single word containing the letters ("SENDIASS" for SEND) is not a full form.
  return used >= 2 && used <= WORD_LIMIT(canonical) ? (entry ? meaningOf(entry, window.slice(start)) : -1) : null;
}

function expandsAfterAs(canonical: string, entry: GlossaryEntry | undefined, after: string): number | null {
  if (NOT_EXPANSION.test(after)) return null;
  const phrase = after.replace(LEAD_WORDS, '').replace(/["“”‘’]/g, '');
  const found = fullFormAtStart(canonical, entry, phrase);
  if (found !== null) return found;
  // "NEET refers to young people who are not in education, employment or training": who the term is about, then its full form.
  const head = DEFINED_PEOPLE.exec(phrase);
  return head ? fullFormAtStart(canonical, entry, phrase.slice(head[0].length)) : null;
}

function fullFormAtStart(canonical: string, entry: GlossaryEntry | undefined, phrase: string): number | null {
  if (entry) {
    const meaning = meaningMatching(entry, phrase, 'starts');
    if (meaning >= 0) return meaning;
  }
  const words = phrase.split(/[.;,(|]|\s-\s/)[0]!.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words[0]![0]!.toLowerCase() !== canonical[0]!.toLowerCase()) return null;
  for (let k = 1; k <= Math.min(words.length, WORD_LIMIT(canonical)); k++) {
    const candidate = words.slice(0, k).join(' ');
    if (matchStart(canonical, candidate) === 0 && initialsFit(canonical, candidate)) return entry ? meaningOf(entry, candidate) : -1;
  }
  // Commas inside the full form ("Education, Health and Care plan"): try the longer phrase too.
  const longer = phrase.split(/[.;(|]/)[0]!.replace(/,/g, ' ').trim().split(/\s+/).slice(0, WORD_LIMIT(canonical)).join(' ');
  for (let k = longer.split(' ').length; k >= 1; k--) {
    const candidate = longer.split(' ').slice(0, k).join(' ');
    if (matchStart(canonical, candidate) === 0 && initialsFit(canonical, candidate)) return entry ? meaningOf(entry, candidate) : -1;
  }
  return null;
}

function meaningOf(entry: GlossaryEntry, fullForm: string): number {
  const ends = meaningMatching(entry, fullForm, 'ends');
  return ends >= 0 ? ends : meaningMatching(entry, fullForm, 'starts');
}

/** Lines (and table rows) written mostly in capitals (titles, mottos, shouted headings), and runs of shouted words inside a line. */
function shoutedLines(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/[\p{L}][\p{L}'’]*/gu) ?? [];
    const caps = words.filter((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w));
    const unknownCaps = caps.filter((w) => !glossary.has(keyOf(w.replace(/['’]S$/, ''))));
    const loud = unknownCaps.length >= 2 || (unknownCaps.length === 1 && unknownCaps[0]!.length >= 5);
    if (loud && caps.length / words.length >= 0.6) result.push({ start, end: start + line.length });
    else if (caps.length >= 2) {
      for (const run of line.matchAll(SHOUTED_RUN)) {
        const words = run[0].split(' ');
        const unknown = words.map((w) => w.replace(/['’]S$/, '')).filter((w) => !glossary.has(keyOf(w)));
        // Two unknown capitalised words side by side are a name or a phrase when they are long enough to be words.
        const phrase = words.length >= 3 ? unknown.length >= 2 : unknown.length === 2 && unknown.join('').length >= 6 && unknown.some((w) => w.length >= 4);
        if (phrase) result.push({ start: start + run.index, end: start + run.index + run[0].length });
      }
    }
    start += line.length + 1;
  }
  return result;
}

// The words around an acronym that is also an English word which make it the word: "DO NOT SEND", "ARE SENT HOME",
// "SEND IT BACK". A title keeps the acronym: "OUR SEND POLICY", "SEND INFORMATION REPORT", "SEND IN OUR SCHOOL".
const VERB_BEFORE = /(?:^|[^A-Z'])(?:PLEASE|DO|DON'T|NOT|WILL|MUST|CAN|SHOULD|BE|BEEN|ARE|IS|WAS|WERE|NEVER|ALWAYS|WE|I|THEY|YOU)\s+$/;
const OBJECT_AFTER = /^\s+(?:HOME|BACK|TO|OUT|IT|THEM|US|ME|YOUR|HIM|HER|ANY|ALL|NO|THE|AN?)(?![A-Z'])/;

/** Is the shouted acronym-like word at text[start, end) used as an English verb by the words beside it? */
function shoutedSentence(text: string, start: number, end: number): boolean {
  return VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || OBJECT_AFTER.test(text.slice(end, end + 8));
}

/**
 * "Mrs Anna Okafor (AO)": the bracketed letters are the preceding name's initials. Three capitalised words
 * count as a name only after a title: "Exam Access Arrangements (EAA)" is a full form in title case.
 */
function isInitials(token: string, before: string): boolean {
  const words = before.trim().split(/\s+/).slice(-5);
  const names = words.filter((w) => /^[A-Z]/.test(w) && !TITLE.test(w));
  if (token.length > 3) return false;
  const titled = (n: number) => TITLE.test(words[words.length - n - 1] ?? '');
  for (let n = 2; n <= Math.min(3, names.length); n++) {
    if (n === 3 && !titled(3)) continue;
    const initials = names
      .slice(-n)
      .map((w) => w.split('-').map((part) => part[0]).join(''))
      .join('');
    if (initials === token) return true;
  }
  return false;
}

const glossaryCache = new WeakMap<DocumentModel, Set<number>>();
// Sections opened by heading-like lines rather than Markdown headings (see sections.ts).
const PSEUDO_HEADING_LEVEL = 7;

/** Indices of the blocks in sections called Glossary, Abbreviations, Definitions and so on. */
export function glossaryBlockSet(doc: DocumentModel): Set<number> {
  const cached = glossaryCache.get(doc);
  if (cached) return cached;
  const blocks = new Set<number>();
  let blockAt: Map<number, number> | undefined;
  for (const section of doc.sections) {
    let current: typeof section | undefined = section;
    while (current) {
      if (current.heading && GLOSSARY_HEADING.test(current.heading.text)) {
        for (const b of section.blocks) blocks.add(b);
        // A line under the glossary heading that reads like a heading ("**SaLT** – speech and language therapy",
        // "SaLT" with its meaning on the next line) is itself an entry, and so is a paragraph led by the glossary's
        // own bold label ("**Key:** SLD = severe learning difficulties; ...").
        if (section.level === PSEUDO_HEADING_LEVEL && section.heading) {
          blockAt ??= new Map(doc.blocks.map((block, index) => [block.span.start, index]));
          const own = blockAt.get(section.heading.span.start);
          if (own !== undefined) blocks.add(own);
        }
        break;
      }
      current = current.parent >= 0 ? doc.sections[current.parent] : undefined;
    }
  }
  // Footnote definitions ("[^1]: SENDCo stands for ..."), a paragraph led by "Key:" and a collapsed list under
  // <summary>Abbreviations</summary> explain wherever they are, like a glossary at the end: the footnote mark or the summary is at the use.
  let inDetails = false;
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'html') {
      const summary = SUMMARY.exec(block.text);
      if (summary) inDetails = GLOSSARY_HEADING.test(summary[1]!.replace(/<[^>]*>/g, ''));
      if (block.text.includes('</details>')) inDetails = false;
    } else if (inDetails || (block.kind === 'paragraph' && (FOOTNOTE_DEFINITION.test(block.text) || GLOSSARY_LEAD.test(block.text)))) blocks.add(index);
  });
  // A table headed "Acronym | Meaning" is a glossary wherever it is, with or without a heading.
  const glossaryTables = new Set<number>();
  doc.blocks.forEach((block, index) => {
    if (block.kind !== 'tableRow' || block.tableIndex === undefined) return;
    if (block.rowIndex === 0 && GLOSSARY_TABLE_HEADER.test(block.cells?.[0]?.text.trim() ?? '')) glossaryTables.add(block.tableIndex);
    if (glossaryTables.has(block.tableIndex)) blocks.add(index);
  });
  glossaryCache.set(doc, blocks);
  return blocks;
}

/** An acronym-like token in one block's text, and what the text around it says about it. */
interface TokenScan {
  written: string;
  /** Offsets into the block's text. */
  start: number;
  end: number;
  shouted: boolean;
  inBrackets: boolean;
  /** The explanation found at this token: a meaning index, -1 for a non-glossary full form, or null. */
  meaning: number | null;
  /** Someone's initials, not an acronym: every use of the same letters is left alone. */
  initials?: boolean;
  /** The block asks what the acronym means ("What is a SENCO?"), so the next block may answer with its full form. */
  asks: boolean;
  /** The line opens with the acronym and a colon, dash or equals sign: in a glossary section, a definition even when it does not spell the letters out. */
  definesLine?: boolean;
}

/** Finds the acronym-like tokens of one block's text. Depends on the text alone, so it is memoised by text. */
function scanBlock(text: string): TokenScan[] {
  const tokens: TokenScan[] = [];
  const shouted = shoutedLines(text);
  const pattern = text.includes('@') || text.includes('://') || text.includes('www.') ? TOKEN : WORD;
  for (const match of text.matchAll(pattern)) {
    let written = match[0];
    const start = match.index;
    let end = start + written.length;
    // "D.O.B.": letters with full stops, read as the acronym sendlint knows (initials such as "J.T." are left alone).
    if (written.length === 1 && text.charCodeAt(end) === 46 /* . */ && text.charCodeAt(start - 1) !== 46) {
      const dotted = DOTTED.exec(text.slice(start, start + 16));
      const letters = dotted?.[0].replace(/\./g, '');
      if (letters && glossary.has(keyOf(letters))) {
        written = letters;
        end = start + dotted![0].length;
      }
    }
    // URL and e-mail chunks are matched whole only to be skipped.
    if (!/^[\p{L}\p{N}][\p{L}\p{N}&]*$/u.test(written) || !looksLikeAcronym(written)) continue;
    // "SEN(D)": SEN with an optional letter, read as the acronym with it (SEND) when sendlint knows that one.
    if (text.charCodeAt(end) === 40 /* ( */ && text.charCodeAt(end + 2) === 41 /* ) */ && /[A-Z]/.test(text[end + 1]!) && glossary.has(keyOf(written + text[end + 1]))) {
      written += text[end + 1];
      end += 3;
    }
    const before = text.slice(Math.max(0, start - 120), start);
    const after = text.slice(end, end + 200);
    const { canonical, entry } = lookup(written);
    const isShouted = shouted.some((l) => start >= l.start && end <= l.end);
    if (PLACEHOLDER.test(written)) continue;
    // "%GOVERNOR_NAME%", "{SCHOOL_NAME}": a mail-merge field name, not words.
    if (text[start - 1] === '_' || text[end] === '_') continue;
    if (ROMAN.test(written) && (!entry || ROMAN_CONTEXT.test(before) || /^\)/.test(after) || /\($/.test(before))) continue;
    const inBrackets = /\(\s*$/.test(before) && /^\s*\)/.test(after);
    if (!entry && POSTCODE_PART.test(written) && (POSTCODE_OUTWARD.test(before) || POSTCODE_INWARD.test(after))) continue;
    // Someone's initials: after their name in brackets ("Mrs Jo Kay Marsh (JKM)"), or after "Signed:" and the like.
    if (!entry && ((inBrackets && isInitials(written, before.replace(/\(\s*$/, ''))) || SIGNED_BY.test(before))) {
      tokens.push({ written, start, end, shouted: isShouted, inBrackets, meaning: null, asks: false, initials: true });
      continue;
    }

    // "Full form (ACR)" and "(the ACR Act)", "("the Trust", or "ACR")".
    const open = before.lastIndexOf('(');
    const inParen = open >= 0 && !before.slice(open).includes(')') && /^[^()]*\)/.test(after);
    let meaning: number | null = null;
    // "(SENDCo/SENCo)": the second of two forms in the brackets is tied to the full form too.
    if (inParen && BRACKET_TAIL.test(after) && /^[\s"“‘'(]*(?:the\s+|or\s+|(?:also\s+|usually\s+)?(?:known as|called|(?:shortened|abbreviated) (?:to|as))\s+|hereafter\s+|henceforth\s+)?["“‘']?$/i.test(before.slice(open + 1).replace(/^.*(?:,\s*or\s+|\/\s*)/, ''))) {
      const textBefore = text.slice(0, start - (before.length - open));
      meaning = expandsBefore(canonical, entry, textBefore);
    } else if (inParen && open === before.length - 1 && SENTENCE_IN_BRACKETS.test(after)) {
      // "Education, Health and Care Plan (EHCPs are reviewed every year)": the brackets open with the acronym
      // straight after its full form, then say more about it.
      meaning = expandsBefore(canonical, entry, text.slice(0, start - 1));
    }
    // A glossary line or cell that gives the full form first: "Educational Psychologist – EP", "Teaching Assistant: TA".
    const cellStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('|'));
    if (meaning === null && (cellStart >= 0 || start <= before.length) && LINE_END.test(after)) {
      const first = FULL_FORM_FIRST.exec(before.slice(cellStart + 1));
      if (first) meaning = expandsBefore(canonical, entry, first[1]!);
    }
    // A table row giving the full form in the cell before: "| Speech and language therapy | SaLT |".
    if (meaning === null && LINE_END.test(after)) {
      // The pattern is tried from every position of a text with no cell break in it: test for the break first.
      const previous = before.trimEnd().endsWith('|') ? PREVIOUS_CELL.exec(before) : null;
      if (previous) meaning = expandsBefore(canonical, entry, previous[1]!);
    }
    // "The Educational Psychology Service – EPS – visits": the acronym between dashes straight after its full form.
    // The anchored test on what follows goes first: the one on what comes before is tried from every position.
    if (meaning === null && DASH_AFTER.test(after) && DASH_BEFORE.test(before)) {
      meaning = expandsBefore(canonical, entry, text.slice(0, start - DASH_BEFORE.exec(before)![0].length));
    }
    // "Augmentative and alternative communication, AAC for short, means ...".
    if (meaning === null && FOR_SHORT.test(after)) {
      const comma = /,\s*$/.exec(before);
      if (comma) meaning = expandsBefore(canonical, entry, text.slice(0, start - comma[0].length));
    }
    if (meaning === null) {
      const named = NAMED_AS.exec(before);
      if (named) meaning = expandsBefore(canonical, entry, text.slice(0, start - named[0].length));
      else if (/we\s/i.test(before)) {
        const reference = NAMED_BY_REFERENCE.exec(before);
        if (reference) meaning = expandsBefore(canonical, entry, text.slice(0, start - reference[0].length)) ?? -1;
      }
    }
    // "ACR (full form)", "ACR service (full form)", "ACR, or full form,", "ACR stands for ...", glossary lines and table rows.
    if (meaning === null) {
      const paren = SERVICE_THEN_BRACKETS.exec(after);
      if (paren) meaning = expandsAfter(canonical, entry, paren[1]!);
    }
    if (meaning === null) {
      const lineStart = start === 0 || /(?:\n|\|)\s*(?:[-*•]\s*)?$/.test(before) || /^\s*[-*•]?\s*$/.test(before);
      const lead = AFTER_TOKEN.exec(after);
      if (lead && (lead[0].trim() !== '' || lineStart)) meaning = expandsAfter(canonical, entry, after.slice(lead[0].length));
      else if (lineStart && /^s?\s+\S/.test(after)) {
        // A glossary line for a phrase: "EHC plan: Education, Health and Care plan".
        const phrase = GLOSSARY_PHRASE.exec(after);
        meaning = expandsAfter(canonical, entry, phrase ? after.slice(phrase[0].length) : after.replace(/^s?\s+/, ''));
      }
    }
    if (meaning === null) {
      const definition = termListDefinition(before, written, after);
      if (definition !== null) meaning = expandsAfter(canonical, entry, definition) ?? firstFitting(canonical, entry, definition.split(/\s+\/\s+/));
    }
    // Unknown capitals in a shouted line are words ("KINDNESS"), unless the line spells one out: "EXAM ACCESS ARRANGEMENTS (EAA)".
    if ((isShouted || EMPHASIS.has(written) || MONTH_OR_DAY.has(written)) && !entry && meaning === null) continue;
    // "[DATE]", "[DYDDIAD]": a template field in capitals, left to the placeholder rule.
    if (!entry && meaning === null && /\[\s*$/.test(before) && /^\s*\]/.test(after)) continue;
    // "REPORTS ARE SENT HOME", "DO NOT SEND MEDICINES": an acronym that is also an English word, in a shouted sentence.
    if (entry?.word && meaning === null && isShouted && shoutedSentence(text, start, end)) continue;
    const asks = meaning === null && ASKS_MEANING.test(before.split('\n').pop()!) && ASKS_TAIL.test(after);
    // "**ALP**: the extra help written into the plan": a line that opens with the acronym and defines it.
    const definesLine = meaning === null && DEFINITION_LEAD.test(after) && (start === 0 || /(?:^|\n)\s*(?:[-*•]\s*)?$/.test(before));
    tokens.push({ written, start, end, shouted: isShouted, inBrackets, meaning, asks, definesLine });
  }
  return tokens;
}

/**
 * A glossary row or line whose term part lists several forms: "| EHCP, EHC plan | Education, Health and Care plan |",
 * "- SEN / SEND: special educational needs / special educational needs and disabilities". Returns the definition
 * after the term part when `written` is one of its forms, each of which starts with an acronym; otherwise null.
 */
function termListDefinition(before: string, written: string, after: string): string | null {
  const lineStart = before.lastIndexOf('\n');
  // Cut off by the look-back window: where the line starts is unknown.
  if (lineStart < 0 && before.length >= 120) return null;
  const line = before.slice(lineStart + 1);
  const cellStart = line.lastIndexOf('|');
  // Only the first cell of a table row names the term.
  if (cellStart >= 0 && !/^\s*$/.test(line.slice(0, cellStart))) return null;
  const head = line.slice(cellStart + 1).replace(/^\s*(?:[-*•]\s*)?(?:\*\*)?/, '');
  const rest = after.split('\n')[0]!.slice(0, 200);
  const end = TERM_END.exec(rest);
  if (!end) return null;
  const forms = `${head}${written}${rest.slice(0, end.index)}`.replace(/\*\*/g, '').split(TERM_LIST_SEPARATOR);
  const isForm = (form: string) => {
    const words = form.trim().split(/\s+/);
    return words.length <= 4 && looksLikeAcronym(words[0]!.replace(/[^\p{L}\p{N}&]/gu, ''));
  };
  return forms.length >= 2 && forms.length <= 4 && forms.every(isForm) ? rest.slice(end.index + end[0].length) : null;
}

/** The meaning given by the first of several full forms that spells the acronym out ("special educational needs / special educational needs and disabilities"). */
function firstFitting(canonical: string, entry: GlossaryEntry | undefined, fullForms: string[]): number | null {
  if (fullForms.length < 2) return null;
  for (const form of fullForms) {
    const meaning = expandsAfter(canonical, entry, form);
    if (meaning !== null) return meaning;
  }
  return null;
}

/** "What is a SENCO?" answered by the next block: "Special Educational Needs Co-ordinator. ..." or "It stands for ...". */
function answeredBy(info: AcronymInfo, answer: string | undefined): number | null {
  if (!answer) return null;
  const phrase = answer.replace(/^\W*(?:(?:it|this|that|they|the letters|(?:an? |the )?[\p{L}&]+)\s+(?:is|are|means|stands for|is short for)\s+)?(?:an?\s+|the\s+)?/iu, '');
  return expandsAfter(info.canonical, info.entry, phrase);
}

// "![Flowchart of the APDR cycle](apdr.png)": an image's alt text, up to the bracket that closes it.
const IMAGE_ALT = /!\[([^[\]\n]{1,300})\]\(/g;

/** Each image's alt text as a block of its own, mapped character for character to the source. */
function altTexts(doc: DocumentModel): BlockText[] {
  const result: BlockText[] = [];
  for (const match of doc.text.matchAll(IMAGE_ALT)) {
    const text = match[1]!;
    const start = match.index + 2;
    if (inNonProse(doc, match.index, start + text.length)) continue;
    const offsets = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) offsets[i] = start + i;
    // The block holding the image: the last one starting at or before it (blocks are in document order).
    let low = 0;
    let high = doc.blocks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (doc.blocks[mid]!.span.start <= start) low = mid;
      else high = mid - 1;
    }
    result.push({ blockIndex: low, text, offsets, exact: new Uint8Array(text.length).fill(1) });
  }
  return result;
}

// <abbr title="Education, Health and Care plan">EHCP</abbr>: the title is the full form, shown when the reader points at it.
const ABBR = /<abbr\b[^>]*?\btitle\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')[^>]*>([^<]{1,30})<\/abbr\s*>/gi;

/** Counts each <abbr title="..."> around a use as an explanation at that use. */
function addAbbrTitles(doc: DocumentModel, acronyms: Map<string, AcronymInfo>): void {
  for (const match of doc.text.matchAll(ABBR)) {
    const title = (match[1] ?? match[2] ?? '').trim();
    const inner = match[3]!;
    const written = inner.trim();
    const info = acronyms.get(lookup(written).key);
    if (!info || !title || inNonProse(doc, match.index, match.index + match[0].length)) continue;
    const start = match.index + match[0].indexOf('>') + 1 + inner.indexOf(written);
    const meaning = expandsAfter(info.canonical, info.entry, title) ?? -1;
    const explanation = { span: { start, end: start + written.length }, inGlossarySection: false, meaning };
    const at = info.explanations.findIndex((e) => e.span.start > start);
    info.explanations.splice(at < 0 ? info.explanations.length : at, 0, explanation);
  }
}

const scans = new TextMemo<TokenScan[]>();
const cache = new WeakMap<DocumentModel, AcronymAnalysis>();

/** Finds every acronym use and explanation in the document (once per document; unchanged blocks' scans are reused). */
export function analyseAcronyms(doc: DocumentModel): AcronymAnalysis {
  const cached = cache.get(doc);
  if (cached) return cached;

  const glossaryBlocks = glossaryBlockSet(doc);

  const acronyms = new Map<string, AcronymInfo>();
  const bracketOnly = new Map<string, boolean>();
  const initials = new Set<string>();
  const infoFor = (written: string): AcronymInfo => {
    const { key, canonical, entry } = lookup(written);
    let info = acronyms.get(key);
    if (!info) {
      info = { key, canonical, entry, uses: [], explanations: [] };
      acronyms.set(key, info);
    }
    return info;
  };

  const blocks = blockTexts(doc);
  const scanText = (block: BlockText, index: number, inHeading: boolean, inGlossarySection: boolean) => {
    for (const token of scans.get(block.text, scanBlock)) {
      const span = spanOf(block, token.start, token.end);
      if (!span) continue;
      if (token.initials) {
        initials.add(lookup(token.written).key);
        continue;
      }
      const info = infoFor(token.written);
      bracketOnly.set(info.key, (bracketOnly.get(info.key) ?? true) && token.inBrackets);
      info.uses.push({ written: token.written, block, start: token.start, end: token.end, span, shouted: token.shouted, inHeading });
      const meaning = token.meaning ?? (token.asks ? answeredBy(info, blocks[index + 1]?.text) : inGlossarySection && token.definesLine ? -1 : null);
      if (meaning !== null) info.explanations.push({ span, inGlossarySection, meaning });
    }
  };
  blocks.forEach((block, index) => scanText(block, index, doc.blocks[block.blockIndex]?.kind === 'heading', glossaryBlocks.has(block.blockIndex)));

  // Image descriptions are not prose in the model, but a screen reader reads them out: their acronyms are uses too.
  if (doc.text.includes('![')) {
    const alts = altTexts(doc);
    alts.forEach((alt) => scanText(alt, -1, false, false));
    if (alts.length) {
      for (const info of acronyms.values()) {
        info.uses.sort((a, b) => a.span.start - b.span.start);
        info.explanations.sort((a, b) => a.span.start - b.span.start);
      }
    }
  }

  if (doc.text.includes('<abbr')) addAbbrTitles(doc, acronyms);

  // Letters that only ever appear alone in brackets and are never spelled out are someone's initials ("(JKM)").
  for (const [key, info] of acronyms) {
    if (!info.entry && (bracketOnly.get(key) || initials.has(key)) && info.explanations.length === 0) acronyms.delete(key);
    // Two-letter codes sendlint does not know are usually initials ("LG (SENCO)").
    else if (!info.entry && key.replace(/[^A-Z]/g, '').length <= 2 && info.explanations.length === 0) acronyms.delete(key);
  }
  const last = Math.max(-1, ...glossaryBlocks);
  const lastBlock = doc.blocks[last];
  const glossaryEnd = lastBlock ? { offset: lastBlock.span.end, table: lastBlock.kind === 'tableRow' } : null;
  const result = { acronyms, glossaryEnd };
  cache.set(doc, result);
  return result;
}

/** The first use of an acronym, and whether the document explains it at or before that use. */
export function explanationStatus(info: AcronymInfo): 'explained' | 'late' | 'unexplained' {
  if (info.explanations.length === 0) return 'unexplained';
  if (info.explanations.some((e) => e.inGlossarySection)) return 'explained';
  const first = info.uses[0]!.span.start;
  return info.explanations.some((e) => e.span.start <= first) ? 'explained' : 'late';
}

