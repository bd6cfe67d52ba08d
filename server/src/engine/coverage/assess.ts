import type { DocumentModel } from '../document.js';
import type { RequirementItem, Standards } from '../standards.js';
import type { Span } from '../types.js';
import { cleanText, expandContractions, withoutTrainingTopics, type CleanText, type EmptyKind } from './text.js';
import { headingNamesRole, hasContactFor, hasEmailOrPhone, hasLinkIn, namesRoleHolder, saysWherePublished } from './evidence.js';
import { docView, type DocView, type Passage, type SectionView } from './view.js';
import { FamilyPrefilter } from './prefilter.js';

/** Whether, and where, a document addresses one requirement item (regardless of whether it applies). */
export interface Assessment {
  status: 'covered' | 'partial' | 'missing';
  span?: Span;
  reason?: string;
}

type Evidence = NonNullable<RequirementItem['recognise']['evidence']>[number];

interface CompiledItem {
  headings: RegExp[];
  notHeadings: RegExp[];
  families: RegExp[];
  require: RegExp[];
  minHits: number;
  headingHits: number;
  evidence: Evidence[];
  requireWaivedAt: number;
  requireReason: string;
  pointersAnswer: boolean;
  headingMeetsRequire: boolean;
}

const compiledCache = new WeakMap<Standards, Map<RequirementItem, CompiledItem>>();

/**
 * Compiles a phrase pattern from the standards case-insensitively. The 'u' flag is added only when the
 * pattern needs it (\p{..}, \u{..} or characters outside the BMP): V8 runs 'iu' patterns about 7 times
 * slower than 'i' ones, which made coverage take over 6 s on a 1 MB paragraph (hardening, issue 7).
 */
function phrasePattern(source: string): RegExp {
  const needsUnicode = /\\[pPu]\{|[\uD800-\uDFFF]/.test(source);
  return new RegExp(source, needsUnicode ? 'iu' : 'i');
}

/** Regular expressions are compiled once per standards object, not per document. */
function compiled(standards: Standards, item: RequirementItem): CompiledItem {
  let cache = compiledCache.get(standards);
  if (!cache) {
    cache = new Map();
    compiledCache.set(standards, cache);
  }
  let entry = cache.get(item);
  if (!entry) {
    const r = item.recognise;
    const re = (sources: string[] | undefined) => (sources ?? []).map(phrasePattern);
    entry = {
      headings: re(r.headings),
      notHeadings: re(r.notHeadings),
      families: re(r.phrases),
      require: re(r.require),
      minHits: r.minPhraseHits ?? 2,
      headingHits: r.headingPhraseHits ?? 1,
      evidence: r.evidence ?? [],
      requireWaivedAt: r.requireWaivedAt ?? Infinity,
      requireReason: r.requireReason ?? 'What is there does not answer this item.',
      pointersAnswer: r.pointersAnswer ?? false,
      headingMeetsRequire: r.headingMeetsRequire ?? false,
    };
    cache.set(item, entry);
  }
  return entry;
}

const EVIDENCE_REASON: Record<Evidence, string> = {
  'person-name': 'It does not give the name of the person (a placeholder such as "[insert name]" does not count).',
  'email-or-phone': 'It does not give an email address or phone number to contact them.',
  url: 'It does not give a link (web address).',
  contact: 'It does not give contact details (a phone number, email address or website).',
  'where-published': 'It does not say where it is published (for example on the local authority\'s website, with a link).',
};

const EMPTY_REASON: Record<EmptyKind, string> = {
  nothing: 'has no real content under it',
  placeholder: 'only has placeholder or "to follow" text',
  pointer: 'only points to another document or section instead of giving the information',
};

function hits(families: RegExp[], text: string): number {
  return families.reduce((n, f) => n + (f.test(text) ? 1 : 0), 0);
}

/** The families a text says, one bit each (an item has far fewer than 32), of those in `among`. */
function familyBits(families: RegExp[], text: string, among: number): number {
  let bits = 0;
  for (let i = 0; i < families.length; i++) if (among & (1 << i) && families[i]!.test(text)) bits |= 1 << i;
  return bits;
}

interface Prefilters {
  families: FamilyPrefilter;
  headings: FamilyPrefilter;
  groupOf: Map<RequirementItem, number>;
}

const prefilters = new WeakMap<Standards, Prefilters>();

/** One prefilter for every item's families and one for their headings, so a text is read once for all the items. */
function prefiltersFor(standards: Standards): Prefilters {
  let result = prefilters.get(standards);
  if (!result) {
    const items = standards.requirements.flatMap((r) => r.items);
    // Standards built without the build step's literals (tests' own) are simply not prefiltered.
    const literals = (given: (string[] | null)[] | undefined, patterns: string[] | undefined) => given ?? (patterns ?? []).map(() => null);
    result = {
      families: new FamilyPrefilter(items.map((item) => literals(item.recognise.phraseLiterals, item.recognise.phrases))),
      headings: new FamilyPrefilter(items.map((item) => literals(item.recognise.headingLiterals, item.recognise.headings))),
      groupOf: new Map(items.map((item, group) => [item, group])),
    };
    prefilters.set(standards, result);
  }
  return result;
}

/**
 * Each passage as the items read it: its content (keeping pointer sentences or not), and per item the
 * families it could say by its words, flat as passage * items + item. Worked out once per document, for
 * every item's search.
 */
interface Reading {
  contents: CleanText[];
  possible: Int32Array;
  /** Per section, the indexes of its passages. */
  passagesOf: number[][];
}

const readings = new WeakMap<Standards, WeakMap<DocView, Reading[]>>();

function readingOf(standards: Standards, view: DocView, keepPointers: boolean): Reading {
  let byView = readings.get(standards);
  if (!byView) readings.set(standards, (byView = new WeakMap()));
  let both = byView.get(view);
  if (!both) byView.set(view, (both = []));
  const at = keepPointers ? 1 : 0;
  let reading = both[at];
  if (!reading) {
    const { families, groupOf } = prefiltersFor(standards);
    const groups = groupOf.size;
    if (keepPointers) {
      // Only passages that had pointer sentences read differently with them kept: the rest are read as before.
      const base = readingOf(standards, view, false);
      const contents = view.passages.map((passage, i) => (passage.clean.pointersRemoved ? withoutTraining(cleanText(passage.raw, true)) : base.contents[i]!));
      const possible = base.possible.slice();
      contents.forEach((content, i) => content !== base.contents[i] && families.possibleInto(content.text, possible, i * groups));
      reading = { contents, possible, passagesOf: base.passagesOf };
    } else {
      const contents = view.passages.map((passage) => withoutTraining(passage.clean));
      const possible = new Int32Array(contents.length * groups);
      const passagesOf: number[][] = view.sections.map(() => []);
      contents.forEach((content, i) => {
        families.possibleInto(content.text, possible, i * groups);
        passagesOf[view.passages[i]!.section]!.push(i);
      });
      reading = { contents, possible, passagesOf };
    }
    both[at] = reading;
  }
  return reading;
}

interface HeadingReading {
  /** Per section and item (section * items + item), the item's heading patterns its heading could match. */
  possible: Int32Array;
  /** Each section's heading as matched (contractions in full), or null. */
  read: (string | null)[];
  /** Per item, for each section, whether its heading is one of the item's (1) or not (0). */
  matches: Map<RequirementItem, Uint8Array>;
}

const headingReadings = new WeakMap<Standards, WeakMap<DocView, HeadingReading>>();

/** For each section, whether its heading is one of the item's (1) or not (0), worked out once per document. */
function headingMatchesOf(standards: Standards, view: DocView, requirement: RequirementItem): Uint8Array {
  const { headings, groupOf } = prefiltersFor(standards);
  const groups = groupOf.size;
  let byView = headingReadings.get(standards);
  if (!byView) headingReadings.set(standards, (byView = new WeakMap()));
  let reading = byView.get(view);
  if (!reading) {
    const possible = new Int32Array(view.sections.length * groups);
    // "Who's the SENCO?", "What's it like in lessons?": headings are read with contractions in full, as passages are.
    const read = view.sections.map((section) => (section.heading === null ? null : expandContractions(section.heading)));
    read.forEach((heading, i) => heading !== null && headings.possibleInto(heading, possible, i * groups));
    byView.set(view, (reading = { possible, read, matches: new Map() }));
  }
  let matches = reading.matches.get(requirement);
  if (!matches) {
    const item = compiled(standards, requirement);
    const group = groupOf.get(requirement);
    const { possible, read } = reading;
    matches = Uint8Array.from(view.sections, (_, i) => {
      const heading = read[i]!;
      const could = group === undefined ? -1 : possible[i * groups + group]!;
      if (heading === null || could === 0) return 0;
      return item.headings.some((h, k) => could & (1 << k) && h.test(heading)) && !item.notHeadings.some((h) => h.test(heading)) ? 1 : 0;
    });
    reading.matches.set(requirement, matches);
  }
  return matches;
}

function countBits(bits: number): number {
  let count = 0;
  for (let rest = bits; rest; rest &= rest - 1) count++;
  return count;
}

interface Scope {
  clean: CleanText;
  raw: string;
  span: Span;
  heading: string;
  /** The heading is this scope's own (a section's), not that of the section a passage sits in. */
  ownHeading?: boolean;
  /** What it says is only pointers ("Please see the school website."), read because the item takes them. */
  pointersOnly?: boolean;
}

function missingEvidence(doc: DocumentModel, item: CompiledItem, scope: Scope): Evidence | null {
  for (const need of item.evidence) {
    const ok =
      need === 'person-name'
        ? namesRoleHolder(scope.raw, headingNamesRole(scope.heading))
        : need === 'email-or-phone'
          ? hasEmailOrPhone(scope.raw)
          : need === 'contact'
            ? hasContactFor(doc, scope.span, scope.raw, (sentence) => hits(item.families, sentence) > 0)
            : need === 'url'
              ? hasLinkIn(doc, scope.span, scope.raw)
              : saysWherePublished(doc, scope.span, scope.raw);
    if (!ok) return need;
  }
  return null;
}

/** Judges one scope (a section or a passage): covered, or partial with a reason, or nothing relevant. */
function judge(doc: DocumentModel, item: CompiledItem, scope: Scope, needed: number): Assessment | null {
  // "SENCO | Mr K Asante (email)": for items answered by concrete details, a heading that names the
  // thing says what the details under it are, so it counts towards what the section says.
  const said = scope.ownHeading && item.evidence.length > 0 ? `${scope.heading}\n${scope.clean.text}` : scope.clean.text;
  const found = hits(item.families, said);
  if (found < needed) return null;
  // When a heading names the thing ("Where is the Local Offer?"), the concrete evidence (a link) can stand alone.
  // A pointer cannot: "Please see the school website." under it does not say where the thing is, while
  // "Visit the council's Local Offer pages" does, by naming it.
  // So can an answer under a heading that names its topic, for items that say so ("What if I want to complain?").
  const named =
    !scope.pointersOnly && (item.evidence.length > 0 || (item.headingMeetsRequire && scope.ownHeading === true)) && item.require.every((r) => r.test(scope.heading));
  if (!named && found < item.requireWaivedAt && !item.require.every((r) => r.test(scope.clean.text))) return { status: 'partial', span: scope.span, reason: item.requireReason };
  const lacking = missingEvidence(doc, item, scope);
  if (lacking) return { status: 'partial', span: scope.span, reason: EVIDENCE_REASON[lacking] };
  return { status: 'covered', span: scope.span };
}

const ownTopicCache = new WeakMap<DocView, Set<SectionView>>();

/**
 * Sections whose headings name a topic that is no requirement item's, outside contents, aims and
 * glossaries. A line ending in a colon ("We work with:") introduces its list rather than naming a topic.
 */
function sectionsOfOwnTopic(doc: DocumentModel, standards: Standards, view: DocView): Set<SectionView> {
  let result = ownTopicCache.get(view);
  if (!result) {
    const items = standards.requirements.flatMap((r) => r.items);
    const leadIn = (i: number) => {
      const heading = doc.sections[i]!.heading;
      return heading !== null && /:[*_]*$/.test(doc.text.slice(heading.span.start, heading.span.end).trim());
    };
    const matches = items.map((item) => headingMatchesOf(standards, view, item));
    result = new Set(view.sections.filter((s, i) => !s.framing && s.heading !== null && !leadIn(i) && !matches.some((m) => m[i])));
    ownTopicCache.set(view, result);
  }
  return result;
}

interface Scheme {
  sections: SectionView[];
  /** The sections' headings read together, cleaned. */
  headings: CleanText;
}

const schemesCache = new WeakMap<DocView, Scheme[]>();

/** Runs of three or more sibling sections of their own topic, each with real content: how the report is organised. Worked out once per document. */
function schemes(doc: DocumentModel, view: DocView, ownTopic: Set<SectionView>): Scheme[] {
  let result = schemesCache.get(view);
  if (!result) {
    // A section with a passage of real content in it or under it has real content; only the others need their
    // whole text cleaned (for the title's section, the whole document). Subsections follow their parent.
    const passageWithContent = view.sections.map((section) => section.passages.some((p) => !p.clean.empty));
    for (let i = doc.sections.length - 1; i >= 0; i--) {
      const parent = doc.sections[i]!.parent;
      if (parent >= 0 && passageWithContent[i]) passageWithContent[parent] = true;
    }
    const byParent = new Map<number, SectionView[]>();
    view.sections.forEach((section, i) => {
      if (!ownTopic.has(section) || (!passageWithContent[i] && section.subtree.empty)) return;
      const parent = doc.sections[i]!.parent;
      const group = byParent.get(parent);
      if (group) group.push(section);
      else byParent.set(parent, [section]);
    });
    result = [...byParent.values()]
      .filter((group) => group.length >= 3)
      .map((sections) => ({ sections, headings: cleanText(sections.map((s) => s.heading).join('\n')) }));
    schemesCache.set(view, result);
  }
  return result;
}

interface SectionWhole {
  raw: string;
  clean: CleanText;
  withPointers: CleanText;
}

const wholes = new WeakMap<SectionView, SectionWhole>();

/** A section's own passages read together, cleaned both ways, worked out once for all the items that read it. */
function sectionWhole(section: SectionView): SectionWhole {
  let whole = wholes.get(section);
  if (!whole) {
    const raw = section.passages.map((p) => p.raw).join('\n');
    whole = {
      raw,
      clean: withoutTraining(cleanText(section.passages.map((p) => p.clean.text).join('\n'))),
      withPointers: withoutTraining(cleanText(raw, true)),
    };
    wholes.set(section, whole);
  }
  return whole;
}

/** Passages are read once per item: the training-free text is worked out once per passage. */
const trainingFree = new WeakMap<CleanText, CleanText>();
function withoutTraining(clean: CleanText): CleanText {
  let result = trainingFree.get(clean);
  if (!result) trainingFree.set(clean, (result = { ...clean, text: withoutTrainingTopics(clean.text) }));
  return result;
}

/** A passage with the next few passages of its section, for details given just after ("Phone: ..."). */
function passageScope(sections: SectionView[], passage: Passage, heading: string, clean: CleanText): Scope {
  const siblings = sections[passage.section]!.passages;
  const at = siblings.indexOf(passage);
  const following = siblings.slice(at + 1, at + 3);
  const last = following[following.length - 1] ?? passage;
  return {
    clean,
    raw: [passage.raw, ...following.map((p) => p.raw)].join('\n'),
    span: { start: passage.span.start, end: last.span.end },
    heading,
  };
}

/**
 * Decides whether the document addresses the item: a section whose heading matches and whose real
 * content says something relevant, or else a passage anywhere (outside contents, aims and glossaries)
 * with strong content evidence. Partial when an attempt is found but falls short, with the reason.
 */
export function assessItem(doc: DocumentModel, standards: Standards, requirement: RequirementItem): Assessment {
  const item = compiled(standards, requirement);
  const view = docView(doc);
  let partial: Assessment | null = null;

  // Of the sections whose heading matches, the one that says most about the item is its evidence.
  let best: { result: Assessment; hits: number } | null = null;
  const headingMatched = headingMatchesOf(standards, view, requirement);
  for (const [index, section] of view.sections.entries()) {
    // A policy's "Aims" or "Related policies" section is the content of items that ask for exactly that.
    if ((section.framing && !requirement.recognise.inFraming) || !headingMatched[index]) continue;
    const quoted = `"${section.heading}"`;
    const content = item.pointersAnswer ? cleanText(section.subtreeRaw, true) : section.subtree;
    if (content.empty) {
      partial ??= { status: 'partial', span: section.span, reason: `The heading ${quoted} is there, but it ${EMPTY_REASON[content.empty]}.` };
      continue;
    }
    const pointersOnly = item.pointersAnswer && section.subtree.empty === 'pointer';
    const scope = { clean: content, raw: section.subtreeRaw, span: section.span, heading: section.heading!, ownHeading: true, pointersOnly };
    const result = judge(doc, item, scope, item.headingHits);
    if (result?.status === 'covered') {
      const found = hits(item.families, content.text);
      if (!best || found > best.hits) best = { result, hits: found };
    } else if (result) partial = result;
    else partial ??= { status: 'partial', span: section.span, reason: `The section ${quoted} does not seem to say this.` };
  }
  if (best) return best.result;

  // Which of the item's families each passage could say (by their words) and does say, kept for reading a
  // section's passages together below. Most passages have too few of the words to say enough.
  const { contents, possible, passagesOf } = readingOf(standards, view, item.pointersAnswer);
  const { groupOf } = prefiltersFor(standards);
  const group = groupOf.get(requirement);
  const groups = groupOf.size;
  const possibleIn = (i: number): number => (group === undefined ? -1 : possible[i * groups + group]!);
  const said = new Map<number, number>();
  const familiesOf = (i: number): number => {
    let bits = said.get(i);
    if (bits === undefined) said.set(i, (bits = familyBits(item.families, contents[i]!.text, possibleIn(i))));
    return bits;
  };
  for (let i = 0; i < contents.length; i++) {
    // Most passages say nothing about the item: count its phrase families before building a scope.
    if (countBits(possibleIn(i)) < item.minHits) continue;
    const passage = view.passages[i]!;
    const section = view.sections[passage.section]!;
    const content = contents[i]!;
    if (section.framing || content.empty || countBits(familiesOf(i)) < item.minHits) continue;
    const result = judge(doc, item, passageScope(view.sections, passage, section.heading ?? '', content), item.minHits);
    if (result?.status === 'covered') return result;
    // A heading-level attempt explains more than a stray passage does.
    if (result && !partial) partial = result;
  }

  // A report organised by something else (the four areas of need, key stages) spreads an item over the
  // passages of a section whose heading names its own topic: "Sensory and/or physical needs" says one
  // adaptation per paragraph. Its passages read together are the section's answer.
  // A section headed as another item's answer only mentions this item in passing.
  const ownTopic = sectionsOfOwnTopic(doc, standards, view);
  for (const [index, section] of view.sections.entries()) {
    if (!ownTopic.has(section) || section.passages.length < 2) continue;
    // Read together, the passages say what they say one by one: too few families between them rules the section out.
    const passages = passagesOf[index]!;
    if (countBits(passages.reduce((bits, i) => bits | possibleIn(i), 0)) < item.minHits) continue;
    if (countBits(passages.reduce((bits, i) => bits | familiesOf(i), 0)) < item.minHits) continue;
    const whole = sectionWhole(section);
    const { raw } = whole;
    const content = item.pointersAnswer ? whole.withPointers : whole.clean;
    if (content.empty || hits(item.families, content.text) < item.minHits) continue;
    const span = { start: section.passages[0]!.span.start, end: section.passages[section.passages.length - 1]!.span.end };
    const result = judge(doc, item, { clean: content, raw, span, heading: section.heading ?? '' }, item.minHits);
    if (result?.status === 'covered') return result;
    if (result && !partial) partial = result;
  }

  // The scheme itself can be the answer: sibling sections headed "Communication and interaction",
  // "Cognition and learning", "Social, emotional and mental health" list the kinds of need they cover.
  for (const { sections: scheme, headings: clean } of schemes(doc, view, ownTopic)) {
    if (hits(item.families, clean.text) < item.minHits) continue;
    const span = { start: scheme[0]!.span.start, end: scheme[scheme.length - 1]!.span.end };
    const raw = scheme.map((s) => s.subtreeRaw).join('\n');
    const result = judge(doc, item, { clean, raw, span, heading: '' }, item.minHits);
    if (result?.status === 'covered') return result;
  }
  return partial ?? { status: 'missing', reason: 'No section or passage about this was found.' };
}
