import type { Rule, RuleContext } from '../engine/rule.js';
import type { Block } from '../engine/document.js';
import type { Span } from '../engine/types.js';
import { inNonProse } from '../engine/language/masked.js';
import { isValidNhsNumber, isValidUpn } from '../engine/language/identifiers.js';
import { TextMemo } from '../engine/language/text-memo.js';

const UPN = /\b[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]\b/g;
const NHS = /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g;
// 03/07/2015, 3rd March 2015, March 3rd, 2015, 2015-07-03.
const DATE =
  /\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?\s+(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b/gi;
// A particle may join the two names: Welsh "Gethin ap Rhys", "Siân ferch Owain", "Anouk van Dijk", "Yusuf bin Ali".
const NAME = /\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:ap|ab|ferch|van|von|de|da|di|du|del|der|den|le|la|bin|binti)\s+)?(?:Mc|Mac|O')?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b/gu;

const UPN_LABEL = /\bUPN\b|unique pupil number/i;
// Welsh labels too: "Rhif GIG" (NHS number), "Dyddiad geni" (date of birth).
const NHS_LABEL = /\bNHS\s*(?:no\b|number|num\b)|\brhif GIG\b/i;
// "born" labels a date of birth, but not a range of them: "children born between 1 September 2014 and 31 August 2015".
const DOB_LABEL = /\b(?:DOB|D\.O\.B|date of birth|birthday|dyddiad geni)\b|\bborn\b(?![^\n]*\b(?:between|after|before|from|since|until|and|to)\b)/i;
// Bilingual labels give the other language's word beside it: "Enw / Name", "Name / Enw".
const NAME_LABEL = /^\s*(?:[^/|\n]{1,30}\/\s*)?(?:(?:pupil|child|student|learner)(?:'s)?\s*)?(?:full\s+)?name\s*(?:\/[^/|\n]{1,30})?$/i;
const HEALTH =
  /\b(?:epilep\w*|seizures?|ADHD|autis\w*|ASD|ASC|diabet\w*|asthma|cystic fibrosis|dyslexi\w*|dyspraxi\w*|dyscalculi\w*|cerebral palsy|Down'?s? syndrome|anxiety|depression|self-harm\w*|medication|diagnos\w*|EHCP|EHC plan|allerg\w*|anaphyla\w*|hearing impair\w*|visual(?:ly)? impair\w*|Tourette\w*|syndromes?|OCD|SpLD|SEMH|leukaemia|cancer|heart condition|sickle cell|mental health|medical condition|(?:speech(?:,| and)? language|language|developmental|global developmental) (?:delay|disorder)|DLD|learning (?:difficult|disabilit)\w*|sensory processing|hearing loss|deaf\w*|blind\w*|physical disabilit\w*|selective mutism|foetal alcohol|FASD|PDA)\b/i;
const PUPIL_AFTER_NAME = /^\s*(?:\((?:then |now )?(?:in )?(?:Y|Year\s?|Reception|Nursery)\d{0,2}\b|,?\s+(?:aged?|age)\s+\d)/i;
const GROUP_WORD = /\s(?:Class|Group|Team|House|Base|Room|Unit|Centre|Hub|Set|Form|School|Academy|College|Nursery|Trust)$/;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd)\.?\s*$/;
// "Maisie Hale, who has cerebral palsy", "Amara Osei, 10X, who has dyslexia", "Jacob Marsh in Year 4 has a diagnosis of autism", "Freya Holt was born in 2017 and has a hearing impairment": the named
// person is the one the condition belongs to. The tail is checked for a condition before anything that makes
// the name a member of staff ("has trained in autism", "supports pupils with ADHD").
const CONDITION_CLAUSE = /^(?:\s*\([^()\n]{0,30}\))?(?:\s+(?:in|from)\s+(?:(?:Year|Blwyddyn)\s?\d{1,2}|Y\d{1,2}|Reception|Nursery|(?:[A-Z][a-z]+\s+){1,2}class|class\s+\w{1,12}|dosbarth\s+\w{1,12})\b)?(?:\s*,\s*(?:(?:aged?\s+\d+|(?:Year|Blwyddyn)\s?\d{1,2}|Y\d{1,2}|\d{1,2}[A-Z]{1,2}\d?(?:\/[A-Za-z]{1,3}\d?)?|[A-Z][a-z]+\s+class)\s*,\s*)?who|\s*,)?\s+(?:now\s+|also\s+|still\s+)?(?:has|had|was|is|lives|suffers|uses|needs|takes)\b([^.!?\n]{0,80})/i;
const STAFF_TAIL = /\b(?:pupils|children|students|learners|families|experience|trained|training|worked|works|teaches|taught|qualifi\w*|support(?:s|ed|ing)?|leads?|led|responsib\w*|specialis\w*|expert\w*|interest)\b/i;
const STAFF_ROLE = /\b(?:lead|leader|co-?ordinator|champion|teacher|officer|manager|nurse|therapist|assistant|practitioner|governor|SENC?O|SENDCo|ALNCo|psychologist|adviser|advisor|first aider|trainer)s?\b/i;
// "Name: Leo Marsh", "Pupil: Amir Khan", "| Child – Ruby Hale", "Case study: Callum Reid": a field label naming a pupil.
const PUPIL_FIELD = /(?:^|\n|[|—–]\s*|[.;]\s+)(?:(?:(?:pupil|child|student|learner)(?:'s)?\s+)?(?:full\s+)?name|pupil|child|student|learner|case study(?:\s+\d{1,2})?)\s*[:–—-]\s*$/i;
// "Callum Reid, a Year 5 pupil with ADHD, ...": the name described as a pupil with a condition.
const PUPIL_WITH = /^,\s+(?:an?|our)\s+(?:(?:Year\s?\d{1,2}|Y\d{1,2}|Reception|Nursery)\s+)?(?:pupil|child|student|learner|boy|girl)\s+(?:with|who has)\b([^.!?\n]{0,80})/i;

// UK phone numbers (01632 960123, 07700 900812, 020 7946 0000, +44 7700 900812).
const PHONE = /(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)/g;
// "Jacob's mum", "Ruby's grandad": a named child's relative, whose own number is theirs to give, not the school's.
// A group of parents ("Brackenshire's parent carer forum") is an organisation with a public number.
const FAMILY_OF_CHILD =
  /\b\p{Lu}\p{Ll}+['’]s\s+(?:mum|mummy|mother|dad|daddy|father|parents?|carers?|step-?(?:mum|dad|mother|father)|grandparents?|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|nan|nana|aunt|auntie|uncle|foster (?:carers?|parents?))\b(?!(?:\s+(?:carers?|parents?))?\s+(?:forum|group|network|council|support|partnership|panel|association|voice|representatives?|governors?)\b)/gu;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// A school's, council's or health service's address, or a role's inbox ("senco@", "office@"), is public.
const PUBLIC_EMAIL =
  /^(?:senco|sendco|alnco|office|admin|admissions|info|enquir(?:y|ies)|contact|head|headteacher|inclusion|send|sen|support|reception|hello|finance|governors?|clerk|safeguarding|dsl)\b|@(?:[^@\s]*\.)?(?:sch|gov|nhs|ac|police)\.uk$|\.nhs\.net$/i;
// "her personal mobile, 07700 900418", "my home number is ...": someone's own number, given as theirs rather than the school's.
const OWN_NUMBER = /\b(?:personal|private|home)\s+(?:mobile|phone|telephone|landline|number)(?:\s+(?:phone|number|no\.?))?(?:\s+(?:is|on))?[\s,:–—-]{1,4}$/i;
// A sentence ends between them: the number belongs to something else.
const SENTENCE_END = /[.!?](?:\s|$)/;

// "Jordan Pike's epilepsy care plan": the condition a few words after the name's possessive.
const POSSESSIVE = /^['’]s?\s+([^.!?\n]{0,40})/;
// "Dawn Reid's autism outreach team": a condition naming someone's work, not their own health.
const WORK_WORDS = /\b(?:team|service|clinic|group|course|workshop|training|outreach|network|project|charity|book|talk|session)s?\b/i;
// "Leo Kent's mum has asthma": the condition is someone else's.
const SOMEONE_ELSES = /^(?:mum|mummy|mother|dad|daddy|father|parents?|carers?|brother|sister|siblings?|step\w*|gran\w*|nan\w*|aunt\w*|uncle|cousin|friends?|teachers?|class|family)\b/i;

/** Does the text after a name say the named person has a health condition or SEN? */
function conditionFollows(after: string): boolean {
  const described = PUPIL_WITH.exec(after);
  if (described && HEALTH.test(described[1]!)) return true;
  const possessive = POSSESSIVE.exec(after);
  if (possessive) {
    const health = HEALTH.exec(possessive[1]!);
    if (health && health.index <= 24 && !SOMEONE_ELSES.test(possessive[1]!) && !WORK_WORDS.test(possessive[1]!) && !STAFF_TAIL.test(possessive[1]!) && !STAFF_ROLE.test(possessive[1]!)) return true;
  }
  const clause = CONDITION_CLAUSE.exec(after);
  if (!clause) return false;
  const health = HEALTH.exec(clause[1]!);
  return !!health && !STAFF_TAIL.test(clause[1]!.slice(0, health.index)) && !STAFF_ROLE.test(clause[1]!);
}

interface Match {
  index: number;
  value: string;
}

/** What the patterns find in one block's source: it depends on the text alone, so it is memoised by text. */
interface BlockScan {
  phone: Match[];
  /** E-mail addresses that are not a school's, council's or role's. */
  email: Match[];
  family: Match[];
  upn: Match[];
  nhs: Match[];
  date: Match[];
  health: boolean;
}

const matchesOf = (source: string, regex: RegExp): Match[] => [...source.matchAll(regex)].map((m) => ({ index: m.index, value: m[0] }));
const scans = new TextMemo<BlockScan>();

function scanSource(source: string): BlockScan {
  // Pupil numbers, NHS numbers and dates all have digits; most paragraphs have none.
  const digits = /\d/.test(source);
  const phone = digits ? matchesOf(source, PHONE) : [];
  const email = source.includes('@') ? matchesOf(source, EMAIL).filter((m) => !PUBLIC_EMAIL.test(m.value)) : [];
  return {
    phone,
    email,
    family: phone.length || email.length ? matchesOf(source, FAMILY_OF_CHILD) : [],
    upn: digits ? matchesOf(source, UPN) : [],
    nhs: digits ? matchesOf(source, NHS) : [],
    date: digits ? matchesOf(source, DATE) : [],
    health: HEALTH.test(source),
  };
}

interface TableInfo {
  header: string[];
}

/** The column header and the row's first cell for a table cell: a table's labels ("DOB", "Name"). */
function cellLabels(block: Block, offset: number, tables: Map<number, TableInfo>): string[] {
  if (block.kind !== 'tableRow' || !block.cells) return [];
  const column = block.cells.findIndex((c) => offset >= c.span.start && offset <= c.span.end);
  return [tables.get(block.tableIndex ?? -1)?.header[column] ?? '', block.cells[0]?.text ?? ''];
}

function lineBefore(text: string, offset: number): string {
  const start = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - 60);
  return text.slice(start, offset);
}

/** Full names the document links to a health condition or SEN: "Name (Y5) has ...", or a Name column in a table of pupil details. */
function pupilNames(context: RuleContext, blocks: Block[], tables: Map<number, TableInfo>): Set<string> {
  const names = new Set<string>();
  const { doc } = context;
  const tableHasHealth = new Map<number, boolean>();
  for (const block of blocks) {
    if (block.kind === 'tableRow' && HEALTH.test(block.text)) tableHasHealth.set(block.tableIndex!, true);
  }
  for (const block of blocks) {
    const source = doc.text.slice(block.span.start, block.span.end);
    const scan = scans.get(source, scanSource);
    // A name is only taken from a block that mentions health or a table that does: elsewhere, none is looked for.
    const inHealthTable = block.kind === 'tableRow' && tableHasHealth.get(block.tableIndex!) === true;
    if (!scan.health && !inHealthTable) continue;
    for (const match of matchesOf(source, NAME)) {
      // Only the text just before the name matters. Testing all of it from the block's start made a long
      // block with many capitalised pairs ("Mr Mr Mr ...", 60,000 characters) take seconds.
      if (TITLE_BEFORE.test(source.slice(Math.max(0, match.index - 16), match.index))) continue;
      // "Heron Class has ...", "Oak Group": a class or group's name, not a person's.
      if (GROUP_WORD.test(match.value)) continue;
      // A field label ("Name:") sits within a few words of the name, on its line: look back 200 characters at most.
      // Where that cuts a line short, "x" stands in for the cut-off start so PUPIL_FIELD's "^" cannot match there.
      const recent = source.slice(Math.max(0, match.index - 200), match.index);
      const newline = recent.lastIndexOf('\n');
      const before = newline >= 0 ? recent.slice(newline + 1) : match.index <= 200 ? recent : `x${recent}`;
      const offset = block.span.start + match.index;
      if (block.kind === 'tableRow') {
        if (inHealthTable && cellLabels(block, offset, tables).some((l) => NAME_LABEL.test(l))) names.add(match.value);
        continue;
      }
      const after = source.slice(match.index + match.value.length);
      const pupilField = PUPIL_FIELD.test(before) && !STAFF_ROLE.test(after.slice(0, 80).split('\n')[0]!);
      if (scan.health && (PUPIL_AFTER_NAME.test(after) || conditionFollows(after) || pupilField)) names.add(match.value);
    }
  }
  return names;
}

export const personalData: Rule = {
  meta: {
    id: 'personal-data',
    defaultSeverity: 'error',
    description: 'Personal data about a pupil that must never be published: UPNs, NHS numbers, dates of birth, a named pupil with health or SEN details.',
    citation: 'UK GDPR, Articles 5 and 9; Data Protection Act 2018',
    docs: {
      checks:
        'Unique pupil numbers (with a valid check letter, or labelled "UPN"), NHS numbers (passing the modulus 11 check, or labelled "NHS no."), dates next to "DOB", "date of birth" or "born on", a pupil\'s full name in the same passage or table as a medical condition or special educational need, ("Jordan Pike\'s epilepsy care plan" too), a phone number or private e-mail address given in the same sentence as a named child\'s relative ("Jacob\'s mum"), and a number given as someone\'s personal, private or home phone ("her personal mobile, 07700 900418"). Names joined by a particle ("Gethin ap Rhys") and bilingual labels ("Enw / Name", "Dyddiad geni", "Rhif GIG") are read too. School and staff work phone numbers, school, council and role e-mail addresses (senco@, office@), ranges of birth dates for admissions and ordinary dates are not reported.',
      why: 'Health and SEN information about a child is special category data. Publishing it with a name, date of birth or pupil number identifies the child to anyone, is a data breach and can do real harm to the family.',
      example: '| Name | DOB | Needs |\n|---|---|---|\n| Sam Pupil | 01/02/2015 | Epilepsy |',
      fix: 'Remove the data. For a case study, use a made-up first name, no date of birth or numbers, and say that details have been changed.',
    },
  },
  check(context) {
    const { doc, report } = context;
    const blocks = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'tableRow');
    const tables = new Map<number, TableInfo>();
    for (const block of blocks) {
      if (block.kind === 'tableRow' && block.rowIndex === 0) tables.set(block.tableIndex!, { header: (block.cells ?? []).map((c) => c.text) });
    }
    const reported = new Set<number>();
    const flag = (span: Span, message: string, subject: string) => {
      if (inNonProse(doc, span.start, span.end) || reported.has(span.start)) return;
      reported.add(span.start);
      report({ message, span, subject, fixes: [{ title: 'Remove this personal data', edits: [{ range: doc.lines.rangeOf(span), newText: '[removed]' }], safe: false }] });
    };

    for (const block of blocks) {
      const source = doc.text.slice(block.span.start, block.span.end);
      const found = scans.get(source, scanSource);
      const scan = (matches: Match[], accept: (value: string, context: string) => boolean, message: (value: string) => string, subject: string) => {
        for (const match of matches) {
          const offset = block.span.start + match.index;
          const context = [lineBefore(source, match.index), ...cellLabels(block, offset, tables)].join(' ');
          if (accept(match.value, context)) flag({ start: offset, end: offset + match.value.length }, message(match.value), subject);
        }
      };
      scan(
        found.upn,
        (value, ctx) => isValidUpn(value) || UPN_LABEL.test(ctx),
        () => 'This looks like a unique pupil number (UPN). A UPN identifies one child and must never be published: remove it.',
        'upn',
      );
      scan(
        found.nhs,
        (value, ctx) => (isValidNhsNumber(value) && !value.startsWith('0')) || NHS_LABEL.test(ctx),
        () => "This looks like an NHS number (it passes the NHS number check). A child's NHS number must never be published: remove it.",
        'nhs-number',
      );
      scan(
        found.date,
        (_value, ctx) => DOB_LABEL.test(ctx),
        () => "This looks like a pupil's date of birth. Together with a name it identifies the child: remove it.",
        'dob',
      );
    }

    // Someone's own number ("her personal mobile, 07700 ..."); and a relative's own phone number or e-mail address, in the same sentence as "Jacob's mum" (either side of it,
    // 200 characters at most). Only the nearest mention on each side can share its sentence, so one pass over both lists does.
    const contacts = [
      { key: 'phone', subject: 'family-phone', what: 'phone number', instead: "give the school's number" },
      { key: 'email', subject: 'family-email', what: 'e-mail address', instead: "give the school's address" },
    ] as const;
    for (const block of blocks) {
      const source = doc.text.slice(block.span.start, block.span.end);
      const found = scans.get(source, scanSource);
      for (const item of found.phone) {
        if (!OWN_NUMBER.test(source.slice(Math.max(0, item.index - 40), item.index))) continue;
        const start = block.span.start + item.index;
        flag(
          { start, end: start + item.value.length },
          "This looks like someone's personal phone number, not the school's. Publishing it gives it to anyone who reads the page: give the school's number instead.",
          'private-phone',
        );
      }
      for (const contact of contacts) {
        const { family } = found;
        let next = 0;
        for (const item of found[contact.key]) {
          while (next < family.length && family[next]!.index < item.index) next++;
          const sameSentence = (relative: Match | undefined) => {
            if (!relative) return false;
            const from = Math.min(relative.index, item.index);
            const to = Math.max(relative.index + relative.value.length, item.index);
            return to - from <= 200 && !SENTENCE_END.test(source.slice(from, to));
          };
          if (!sameSentence(family[next - 1]) && !sameSentence(family[next])) continue;
          const start = block.span.start + item.index;
          flag(
            { start, end: start + item.value.length },
            `This looks like the private ${contact.what} of a pupil's parent or relative. Together with the child's name it identifies the family: remove it, or ${contact.instead} and pass messages on.`,
            contact.subject,
          );
        }
      }
    }

    const names = pupilNames(context, blocks, tables);
    if (names.size === 0) return;
    const pattern = new RegExp([...names].map((n) => `\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).join('|'), 'gu');
    const lines = new Set<number>();
    for (const match of doc.text.matchAll(pattern)) {
      const line = doc.lines.positionAt(match.index).line;
      if (lines.has(line)) continue;
      lines.add(line);
      flag(
        { start: match.index, end: match.index + match[0].length },
        `"${match[0]}" looks like a pupil's full name, and the document links it to health or special educational needs details. Never publish information that identifies a child: remove the name, or use a made-up first name and say so.`,
        'pupil-name-with-health',
      );
    }
  },
};
