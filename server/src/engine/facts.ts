import type { DocumentModel } from './document.js';
import type { DocumentFacts } from './rule.js';
import type { DocumentKind, Jurisdiction, LintConfig, Setting, Span } from './types.js';

const KIND_ALIASES: Record<string, DocumentKind> = {
  'sen-information-report': 'sen-information-report',
  'send-information-report': 'sen-information-report',
  'information-report': 'sen-information-report',
  'sen-policy': 'sen-policy',
  'send-policy': 'sen-policy',
  combined: 'combined',
  'aln-policy': 'aln-policy',
  'aln-policy-wales': 'aln-policy',
  'senco-job-description': 'senco-job-description',
  'job-description': 'senco-job-description',
  'senco-self-review': 'senco-self-review',
  'senco-qualification-evidence': 'senco-qualification-evidence',
  'sen-action-plan': 'sen-action-plan',
  'action-plan': 'sen-action-plan',
  'faq-page': 'faq-page',
};

const SETTING_ALIASES: Record<string, Setting> = {
  'mainstream-primary': 'mainstream-primary',
  primary: 'mainstream-primary',
  infant: 'mainstream-primary',
  junior: 'mainstream-primary',
  'mainstream-infant': 'mainstream-primary',
  'mainstream-junior': 'mainstream-primary',
  'primary-academy': 'mainstream-primary',
  'mainstream-secondary': 'mainstream-secondary',
  secondary: 'mainstream-secondary',
  'secondary-academy': 'mainstream-secondary',
  special: 'special',
  'special-school': 'special',
  'maintained-nursery': 'maintained-nursery',
  nursery: 'maintained-nursery',
  pru: 'pru',
  'pupil-referral-unit': 'pru',
  'alternative-provision': 'pru',
  'all-through': 'all-through',
};

export const KNOWN_KINDS = [...new Set(Object.values(KIND_ALIASES))];
export const KNOWN_SETTINGS = [...new Set(Object.values(SETTING_ALIASES))];

function normalise(value: unknown): string | null {
  return typeof value === 'string' ? value.trim().toLowerCase().replace(/[\s_]+/g, '-') : null;
}

/** The opening of the document, where titles and introductions say what it is (index lists skipped). */
function openingText(doc: DocumentModel): string {
  return doc.blocks
    .filter((b) => !(b.inList && b.text.split(/\s+/).length <= 8))
    .slice(0, 20)
    .map((b) => b.text)
    .join('\n');
}

/** The title block: the title plus the first few heading-like lines (school name, then document name). */
function titleText(doc: DocumentModel): string {
  const headings = doc.sections.filter((s) => s.heading).slice(0, 3).map((s) => s.heading!.text);
  return [doc.title?.text ?? '', ...headings].join('\n');
}

const WALES = /\b(ALNCo|ALNET|Additional Learning Needs|Additional Learning Provision|Individual Development Plans?|IDPs?|ALN Code|Welsh Government|Ysgol|Cymru)\b/g;

function inferJurisdiction(doc: DocumentModel): Jurisdiction {
  const hits = doc.text.match(WALES)?.length ?? 0;
  const england = doc.text.match(/\b(EHC ?P|Education, Health and Care|Local Offer|SEN support)\b/gi)?.length ?? 0;
  return hits >= 3 && hits > england ? 'wales' : 'england';
}

const REPORT = /information report|sen(d)? report|\blocal offer\b/i;
const POLICY = /\bpolicy\b|\bpolisi\b/i;
/** What a recruitment document calls itself: "Job Description", "Role Profile", "Person Specification". */
const JOB = /job description|person spec(?:ification)?\b|\b(?:role|job) (?:profile|specification)|recruitment pack/i;
/** A vacancy's opening: "Closing date: ...", "Applications are invited ...", "We are seeking an experienced SENCO". */
const VACANCY =
  /\bclosing date\b|\bapplications (?:are )?(?:invited|welcomed?)\b|\bwe are (?:seeking|looking for|recruiting|looking to appoint) an? (?:[\w-]+ ){0,3}(?:SEN(?:D)?Co|SENCO|co-?ordinator|leader|lead|teacher|manager)\b/i;
const FAQ = /frequently asked questions|\bFAQs?\b|questions (and|&) answers|\bQ ?& ?A\b/i;
/** Weaker FAQ titles ("Your questions answered"), taken only when the title names no report or policy. */
const FAQ_TITLE =
  /\b(?:your|common|key|popular|top|our most) (?:\w+ )?questions\b|\bquestions answered\b|\bquestions (?:from|asked by) (?:parents|carers|families|students|pupils|learners)\b|\b(?:parents|carers|families|students)['’] questions\b|\bquestions (?:that )?(?:parents|carers|families|students|pupils|learners|you) (?:often |commonly |frequently |usually )?ask\b/i;
/**
 * The opening speaks of this policy or an SEN one, not of another policy it points to ("set out in our
 * Equality Policy", "see our Behaviour Policy").
 */
const OWN_POLICY = /\bthis policy\b|\b(?:SEN|SEND|SEN\/D|inclusion|special educational needs(?: and disabilit(?:y|ies))?)\b[^.\n]{0,20}\bpolicy\b|\bpolisi\b/i;
/** The text calls itself a report or policy ("This report sets out ..."), rather than pointing to one. */
const SELF_NAMED = /\bthis (?:\w+ ){0,3}(?:report|policy)\b/i;

function inferKind(doc: DocumentModel, jurisdiction: Jurisdiction): { kind: DocumentKind; evidence: string } {
  const title = titleText(doc);
  const opening = openingText(doc);
  const says = (pattern: RegExp) => pattern.test(title) || pattern.test(opening);
  if (JOB.test(title)) return { kind: 'senco-job-description', evidence: 'the title mentions a job description' };
  if (/self[- ]review|self[- ]evaluation/i.test(title)) return { kind: 'senco-self-review', evidence: 'the title mentions a self-review' };
  // Only the document's own title: a report may ask "Does our SENCO hold the National Award?" in a heading.
  if (/portfolio|national award|\bNASENCO\b|\bNPQ\b|national professional qualification/i.test(doc.title?.text ?? '')) return { kind: 'senco-qualification-evidence', evidence: 'the title names a SENCO qualification or an evidence portfolio' };
  if (/action plan/i.test(title) && !REPORT.test(title)) return { kind: 'sen-action-plan', evidence: 'the title mentions an action plan' };
  if (jurisdiction === 'wales' && says(/\bALN\b|additional learning needs/i)) return { kind: 'aln-policy', evidence: 'it uses the Wales additional learning needs (ALN) terms' };
  if (FAQ.test(title) || (FAQ_TITLE.test(title) && !REPORT.test(title) && !POLICY.test(title)))
    return { kind: 'faq-page', evidence: 'the title says it is a page of frequently asked questions' };
  if (REPORT.test(title) && POLICY.test(title)) return { kind: 'combined', evidence: 'the title names both a policy and an information report' };
  if (REPORT.test(title)) return { kind: 'sen-information-report', evidence: 'the title names an information report' };
  if (POLICY.test(title)) {
    // A policy with a part headed "SEN information report" is a combined document.
    const reportPart = doc.sections.some((s) => s.heading && /information report/i.test(s.heading.text) && !POLICY.test(s.heading.text));
    if (reportPart) return { kind: 'combined', evidence: 'it is a policy with a part headed as the information report' };
    return { kind: 'sen-policy', evidence: 'the title names a policy' };
  }
  if (JOB.test(opening) || VACANCY.test(opening)) return { kind: 'senco-job-description', evidence: 'its opening mentions a job description' };
  // A breadcrumb ending "... > FAQs" or "answers to frequently asked questions", before any pointer to the report.
  // ("This page answers the questions families ask us most often" is also how reports open, so it is not enough.)
  if (FAQ.test(opening) && !SELF_NAMED.test(opening))
    return { kind: 'faq-page', evidence: 'its opening says it answers frequently asked questions' };
  if (REPORT.test(opening)) return { kind: 'sen-information-report', evidence: 'its opening mentions the information report' };
  if (OWN_POLICY.test(opening)) return { kind: 'sen-policy', evidence: 'its opening says it is a policy' };
  return { kind: 'sen-information-report', evidence: 'nothing marks it as another kind of document' };
}

/** An age range that spans primary and secondary ("aged 4 to 16", "3-19"). */
function spansPhases(text: string): boolean {
  return ageRanges(text).some(([from, to]) => from <= 5 && to >= 16 && to <= 19);
}

function ageRanges(text: string): [number, number][] {
  return [...text.matchAll(/\b(?:ages?d?|for pupils|for children)?\s*(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})\b/gi)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The phase named by keywords: in the school's name, or anywhere in the opening. */
function settingByKeywords(text: string): Setting | null {
  if (/\b(pupil referral unit|PRU|alternative provision|short[- ]stay school|AP (?:academy|free school|school|centre))\b/i.test(text)) return 'pru';
  // "an independent special day school", "a non-maintained special school", "a specialist school for autistic pupils".
  // ("a specialist sports college" is a mainstream secondary's old specialism, so only a plain "specialist college".)
  if (/\bspecial(?:ist)? (?:(?:(?!educational\b|needs?\b|provision\b|and\b)[a-z]+[- ]){0,2}(?:school|academy)|college)\b/i.test(text)) return 'special';
  // "a school for pupils aged 11 to 19 with severe learning difficulties" (not "a school for all children, including ...").
  if (/\b(?:school|academy) for (?:pupils|children|students|young people)(?: aged \d{1,2} ?(?:to|-|–) ?\d{1,2})? with (?:severe|profound|complex|moderate|significant)\b/i.test(text)) return 'special';
  // "Oakfield Primary and Nursery School" is a primary school with a nursery class.
  if (/(?<!\b(?:primary|infant|junior|first)(?: school)? (?:and|&|with) )\bnursery school\b/i.test(text)) return 'maintained-nursery';
  if (/\ball[- ]through\b/i.test(text) || spansPhases(text)) return 'all-through';
  if (/\b(secondary|high school|grammar school|upper school|comprehensive (?:school|academy)|college|GCSEs?|Year 7|KS3|KS4)\b/i.test(text)) return 'mainstream-secondary';
  if (/\b(primary|infant|junior|first school)\b/i.test(text)) return 'mainstream-primary';
  return null;
}

/**
 * How the school describes itself in the opening: "Kirkby Moor is a small village primary school",
 * "an 11–16 comprehensive". This outweighs other phases mentioned in passing ("ready for secondary school").
 */
function settingBySelfDescription(opening: string): Setting | null {
  for (const sentence of opening.split(/(?<=[.!?])\s+|\n+/)) {
    const described = /\b(?:is|are|as)\s+(?:an?|the)\s+([^.;]{0,80})/i.exec(sentence);
    if (!described) continue;
    const phrase = described[1]!;
    // A trust "of six primary academies and two secondary academies" has no single phase.
    if (/\b(primary|infant|junior)\b/i.test(phrase) && /\b(secondary|high)\b/i.test(phrase)) continue;
    const named = /\b(?:school|academy|nursery|unit|centre|college|comprehensive)\b/i.test(phrase) ? settingByKeywords(phrase) : null;
    if (named) return named;
    // "St Mary's is a comprehensive for 1,100 students" (not "a comprehensive approach to ...").
    if (/^(?:[\w–-]+ ){0,2}comprehensive(?=[,;]|$| (?:for|with|in|serving|of|which|that|where)\b)/i.test(phrase)) return 'mainstream-secondary';
    for (const [from, to] of ageRanges(phrase)) {
      if (from >= 10 && to <= 19) return 'mainstream-secondary';
      if (from >= 3 && to >= 7 && to <= 11) return 'mainstream-primary';
    }
  }
  return null;
}

function inferSetting(doc: DocumentModel): Setting | null {
  const opening = openingText(doc);
  return settingByKeywords(titleText(doc)) ?? settingBySelfDescription(opening) ?? settingByKeywords(opening);
}

/** Decides the document's kind, setting and jurisdiction: config, then frontmatter, then inference. */
export function decideFacts(doc: DocumentModel, config: LintConfig): DocumentFacts {
  const fm = doc.frontmatter?.data ?? {};
  const fmKind = KIND_ALIASES[normalise(fm.type) ?? ''];
  const fmSetting = SETTING_ALIASES[normalise(fm.setting) ?? ''];
  const fmJurisdiction = normalise(fm.jurisdiction);

  const jurisdictionFromFile = fmJurisdiction === 'wales' || fmJurisdiction === 'england' ? fmJurisdiction : undefined;
  const jurisdiction: Jurisdiction = jurisdictionFromFile ?? config.jurisdiction ?? inferJurisdiction(doc);
  const inferredKind = (fmKind ?? config.documentKind) ? null : inferKind(doc, jurisdiction);
  const kind: DocumentKind = fmKind ?? config.documentKind ?? inferredKind!.kind;
  const setting = fmSetting ?? config.setting ?? inferSetting(doc);
  return {
    kind,
    setting,
    jurisdiction,
    inferred: {
      kind: inferredKind !== null,
      setting: !fmSetting && !config.setting,
      jurisdiction: !jurisdictionFromFile && !config.jurisdiction,
    },
    kindEvidence: inferredKind?.evidence,
  };
}

/** A date found in the document, with where it was found. */
export interface FoundDate {
  date: Date;
  /** True when only the month (or season) was given, so the whole month counts. */
  monthOnly: boolean;
  span: Span;
  /** The text as written, for messages. */
  text: string;
}

export interface DocumentDates {
  /** When it was published, approved or last updated. */
  published?: FoundDate;
  /** When it says it will next be reviewed. */
  review?: FoundDate;
  /** The academic year in the title ("2024–25"), when no other date is given. */
  academicYear?: { start: number; span: Span; text: string };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SEASON: Record<string, number> = { spring: 2, summer: 5, autumn: 8 };
const DATE_SOURCE = `(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?|(\\d{1,2})/(\\d{1,2})/(\\d{4})|(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})|(spring|summer|autumn)(?: term)?\\s+(\\d{4})`;
const PUBLISHED_LABEL =
  /(?:date (?:of )?publication|date published|published(?: on)?|(?:page |report |information )?last (?:updated|reviewed)|(?:report|page|information) (?:reviewed|updated)|date completed|completed on|approved\b[^.\n]{0,60}?\bon|adopted(?: by [^.\n]{0,40}?)?(?: on)?|agreed by [^.\n]{0,40}?,?)\s*:?\s*(?:on\s+)?/i;
const REVIEW_LABEL = /(?:next review(?: date)?|review date|review due|(?:to|will) be reviewed(?: by| in| on| before)?(?: the end of)?|reviewed by)\s*:?\s*(?:on\s+|in\s+|by\s+)?/i;

function parseDate(m: RegExpExecArray, offset: number): { date: Date; monthOnly: boolean } | null {
  const [, y1, m1, d1, d2, m2, y2, d3, mon, y3, season, y4] = m.slice(offset);
  if (y1) return { date: new Date(Date.UTC(+y1, +m1! - 1, d1 ? +d1 : 1)), monthOnly: !d1 };
  if (y2) return { date: new Date(Date.UTC(+y2, +m2! - 1, +d2!)), monthOnly: false };
  if (y3) {
    const month = MONTHS.indexOf(mon!.slice(0, 3).toLowerCase());
    return { date: new Date(Date.UTC(+y3, month, d3 ? +d3 : 1)), monthOnly: !d3 };
  }
  if (y4) return { date: new Date(Date.UTC(+y4, SEASON[season!.toLowerCase()]!, 1)), monthOnly: true };
  return null;
}

function labelledDate(doc: DocumentModel, label: RegExp): FoundDate | undefined {
  // Bold or italic markup may sit between the label and the date ("**Date published:** 16 September 2024").
  const pattern = new RegExp(`(?:${label.source})[*_\\s:]*(?:on\\s+|in\\s+|by\\s+)?(?:the\\s+)?(?:${DATE_SOURCE})`, 'gi');
  for (const m of doc.text.matchAll(pattern)) {
    if (doc.frontmatter && m.index! < doc.frontmatter.span.end) continue;
    const parsed = parseDate(m as RegExpExecArray, 0);
    if (!parsed || Number.isNaN(parsed.date.getTime())) continue;
    return { ...parsed, span: { start: m.index!, end: m.index! + m[0].length }, text: m[0].trim() };
  }
  return undefined;
}

function frontmatterDate(doc: DocumentModel, keys: string[]): FoundDate | undefined {
  const data = doc.frontmatter?.data;
  if (!data) return undefined;
  for (const key of keys) {
    const value = data[key];
    const raw = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : null;
    if (!raw) continue;
    const m = new RegExp(DATE_SOURCE, 'i').exec(raw);
    const parsed = m && parseDate(m, 0);
    if (!parsed) continue;
    const line = new RegExp(`^${key}\\s*:.*$`, 'm').exec(doc.text.slice(doc.frontmatter!.span.start, doc.frontmatter!.span.end));
    const start = doc.frontmatter!.span.start + (line?.index ?? 0);
    return { ...parsed, span: { start, end: start + (line?.[0].length ?? 0) }, text: `${key}: ${raw}` };
  }
  return undefined;
}

/** Publication and review dates from frontmatter or from the text ("Date published: 16 September 2024"). */
export function documentDates(doc: DocumentModel): DocumentDates {
  const dates: DocumentDates = {
    published:
      frontmatterDate(doc, ['published', 'updated', 'last-updated', 'approved', 'adopted', 'date']) ?? labelledDate(doc, PUBLISHED_LABEL),
    review: frontmatterDate(doc, ['review-date', 'review', 'next-review', 'review-by']) ?? labelledDate(doc, REVIEW_LABEL),
  };
  if (!dates.published && !dates.review) {
    const source = doc.title ? [doc.title, ...doc.sections.filter((s) => s.heading).slice(0, 3).map((s) => s.heading!)] : [];
    for (const heading of source) {
      const m = /\b(20\d\d)\s*(?:–|-|\/|to)\s*(?:20)?(\d\d)\b/.exec(heading.text);
      if (m && (+m[2]! % 100) === (+m[1]! + 1) % 100) {
        dates.academicYear = { start: +m[1]!, span: heading.span, text: m[0] };
        break;
      }
    }
  }
  return dates;
}
