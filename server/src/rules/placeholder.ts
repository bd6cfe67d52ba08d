import type { Rule } from '../engine/rule.js';
import { inNonProse } from '../engine/language/masked.js';
import { TextMemo } from '../engine/language/text-memo.js';

// Template left-overs, as one expression compiled once: [insert name], [School name], <Insert date>, <<school name>>,
// {{date}}, {Insert name}, XXXX, XX/XX/20XX, TBC, ?? standing for a word, Lorem ipsum, DD/MM/YYYY, "(delete as
// appropriate)", and the prompt Word leaves in an empty form field.
const PLACEHOLDER = new RegExp(
  [
    /\[(?:insert|add|enter|type|put|name of|enw['’]r|mewnosod|school name|your|date|tbc|tba|x{2,}|\.{3}|…|link to|url|web address|logo|photo|picture|image)[^\]\n]{0,60}\](?!\()/,
    // A short bracketed field such as "[SENCO name]" or "[phone number]", not a link or footnote.
    /\[[^\]\n]{0,30}\b(?:name|date|number|e-?mail address|address|telephone|phone|amount|figure|total|cost|percentage|surname|initials|job title|postcode|website|enw|dyddiad)\](?![(\[:])/,
    // Something still to come: "[Link to be added]", "[Translation to follow]", Welsh "[Cyfieithiad i ddilyn]".
    /\[[^\]\n]{0,40}\b(?:to follow|to be (?:added|confirmed|agreed|decided|updated|inserted|written|completed)|i ddilyn)\b[^\]\n]{0,20}\](?![(\[:])/,
    // Fields of other templating tools: [[Headteacher]], %SCHOOL_NAME%, ${school}.
    /\[\[[^[\]\n]{1,60}\]\]|%[A-Za-z][A-Za-z0-9_]{1,40}%|\$\{[^{}\n]{1,60}\}/,
    /[<{](?:insert|add|enter|type|put)\b[^<>{}\n]{0,60}[>}]|\((?:insert|enter|type(?!\s*\d)|add|delete)\b[^()\n]{0,60}\)/,
    // A prompt to the writer: "Insert link to the Local Offer here", "paste the report here".
    /\b(?:insert|paste)\s[^.\n]{1,60}?\shere\b/,
    // A page builder's or word processor's default text ("Your text here", "Enter heading here"), and a bracketed
    // field inside an address: "senco@[schooldomain].sch.uk", "www.[school].org".
    // The default text stands alone (a line, cell or sentence of its own), unlike "write your text here in the box";
    // the look-behind runs only once the words have matched.
    /\b(?:(?:your|enter|type|add) (?:text|heading|title|subheading|content|caption) here|text goes here)\b(?<=(?:^|[\n|·•:>*([]\s{0,2}|[.!?]\s{1,2})\S+ \S+ \S+)(?=\s*(?:$|[\n|.!*<)\]]))/,
    // The address part before the bracket is bounded: unbounded, "www.a" repeated 10,000 times took 0.9 s.
    /@[\w.-]{0,80}\[[^\]\s]{1,40}\](?=\.\w)|(?:\/\/|www\.)[\w.-]{0,80}\[[^\]\s]{1,40}\]/,
    /<<[^<>\n]{1,60}>>|«[^»\n]{1,60}»|\{\{[^{}\n]{1,60}\}\}/,
    // Dates and years with X for digits: XX/XX/20XX, 12/05/20XX, 20XX.
    /\b(?:[\dX]{1,2}\/){2}(?:\d\d)?XX\b|\bXX\/XX\/\d{2,4}\b|\b(?:19|20)XX\b/,
    /\bdelete (?:as|where|if) (?:appropriate|applicable|necessary|not applicable)\b|\bclick (?:or tap )?(?:here )?to enter (?:text|a date)\b/,
    /\b[Xx]{3,}\b|\bTB[CAD]\b|\blorem ipsum\b|\b(?:DD|dd)\/(?:MM|mm)\/(?:YYYY|yyyy|YY|yy)\b|\bYYYY\b/,
    // Question marks where a word should be ("contact her on ??"), not "really??" or "really???". The check on
    // what comes before follows the first "?", so it runs only at question marks, not at every position.
    /\?(?<![A-Za-z0-9\u00C0-\u024F?]\?)\?+/,
  ]
    .map((r) => r.source)
    .join('|'),
  // No "u" flag: with "i" it makes V8 regexes far slower.
  'gi',
);
// "Mrs X", "Mr Y": a title with a single letter for the name (case-sensitive, so "Mrs Z Patel" with an initial is left alone).
// "INSERT SCHOOL NAME": a prompt written in capitals. "TODO", "FIXME": a writer's note to themselves.
// "A N Other", "Joe Bloggs", "John Doe", "Name Surname": the names templates use for a person not yet known.
// "on ________": a blank to fill in, next to text on its line (a line of underscores alone is a Markdown rule); so is a run
// of five or more dots ("Mr/Mrs ............"), unless a page number follows it (a contents line's dotted leader).
// "[●]", "[•••]", "[___]": a bracketed blank.
// Each blank is matched from the start of its run of underscores only, so a long run is not retried from
// every position; whether it sits next to text is checked after a match, since a look-behind tried at every
// position of the document cost about 3 ms on every keystroke.
// "[DATE]", "[SCHOOL NAME]", "<SCHOOL NAME>": a field written in capitals (not a link, reference, footnote or HTML tag).
// "{SchoolPhone}", "{school.name}": a template variable (a capital, dot or underscore inside; "{clear}" is a word).
// "Replace this paragraph with ...": an instruction to whoever fills in the template.
// "xx pupils", "XX%": letters standing for a number not yet known.
// "plan.[JD1]", "**[JD1]** Check this with the LA": a word processor's comment marker (the reviewer's initials and a
// number), left in when the draft was saved as text.
const TITLE_PLACEHOLDER =
  /\[\p{Lu}{1,3}\d{1,2}\](?![(\[:])|\[\p{Lu}{2,}(?:[ _'’/-]+\p{Lu}+)*\](?![(\[:])|\{(?=[\p{L}\p{N}_.]*[\p{Lu}_.])\p{L}[\p{L}\p{N}_.]{1,40}\}|<\p{Lu}{2,}(?:[ _]\p{Lu}+)+>|<(?:NAME|DATE|SCHOOL|PHONE|EMAIL|ADDRESS|YEAR|TERM|HEADTEACHER)>|\b(?:Replace|Delete|Remove|Edit|Adapt|Amend|Customi[sz]e|Update|Rewrite) this (?:text|paragraph|section|sentence|wording|box|example|template|placeholder)\b[^.!?\n]{0,100}[.!?]?|\b(?:xx|XX)(?= ?%|\s+\p{Ll})|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [XYZ](?![\p{L}\p{N}'’-]|\.?\s+\p{Lu}\p{Ll})|\bINSERT(?: [A-Z'’]+){1,4}\b|\b(?:TODO|FIXME)\b|\bA\.? ?N\.? Other\b|\bJoe Bloggs\b|\b(?:First ?name|Forename|Name) (?:Surname|Last ?name)\b|\bJ(?:ohn|ane) Doe\b|_(?<!__)_{3,}|\.(?<!\.\.)\.{4,}(?![.\d]|[^\S\n]*(?:p\.?|page)?[^\S\n]*\d)|\[[^\S\n]*[●•·_]{1,10}[^\S\n]*\]/gu;
const TEXT_BEFORE_BLANK = /[^\s_][^\S\n]{0,3}$/;
const TEXT_AFTER_BLANK = /^[^\S\n]{0,3}[^\s_]/;

/** A blank of underscores with text on its line beside it (up to 3 spaces away): alone on a line it is a Markdown rule. */
function blankNextToText(text: string, start: number, end: number): boolean {
  return TEXT_BEFORE_BLANK.test(text.slice(Math.max(0, start - 4), start)) || TEXT_AFTER_BLANK.test(text.slice(end, end + 4));
}

const COMMENT_MARKER = /^\[\p{Lu}{1,3}\d{1,2}\]$/u;
// The marker is stuck to the text it comments on, or opens the comment's own line: "see [A1] below" is a reference.
const MARKER_PLACE = /(?:[^\s[]|(?:^|\n)[^\S\n]*(?:[-*•>][^\S\n]*)?(?:\*\*|__)?)$/;

const SIGNATURE_LINE = /\b(?:signed|signature|sign here)\b[^_\n]{0,20}$/i;

/** A match of either expression, at an offset within the text it was found in. */
interface Found {
  index: number;
  text: string;
}

const scans = new TextMemo<Found[]>();

function scanParagraph(text: string): Found[] {
  return [...text.matchAll(PLACEHOLDER), ...text.matchAll(TITLE_PLACEHOLDER)].map((m) => ({ index: m.index, text: m[0] })).sort((a, b) => a.index - b.index);
}

/**
 * Matches in the whole text, found paragraph by paragraph (cut at blank lines, which no placeholder spans),
 * so that while someone types only the edited paragraph is scanned again: scanning the whole of a 45 KB
 * report took about 1 ms on every keystroke.
 */
function findAll(text: string): Found[] {
  const found: Found[] = [];
  const blankLine = /\n[^\S\n]*\n/g;
  let from = 0;
  for (;;) {
    const cut = blankLine.exec(text);
    const to = cut ? cut.index + 1 : text.length;
    for (const match of scans.get(text.slice(from, to), scanParagraph)) found.push({ index: from + match.index, text: match.text });
    if (!cut) return found;
    from = to;
    blankLine.lastIndex = to;
  }
}

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    defaultSeverity: 'warning',
    citation: 'SEND Code of Practice 2015, paras 6.79 and 6.81 (published information must be complete, up to date and clear for parents)',
    description: 'Template text that was never filled in ([insert name], XXXX, TBC, <<school name>>, Lorem ipsum).',
    docs: {
      checks:
        'Text left over from a template or a draft: bracketed prompts such as [insert name], [School name], <Insert date>, {Insert name}, <<school name>>, {{date}}, [[Headteacher]], %SCHOOL_NAME% or ${school} fields, a field in capitals such as [DATE], "[Photos to follow]", Welsh prompts such as [Enw\'r ysgol], XXXX, "xx pupils", dates such as XX/XX/20XX or DD/MM/YYYY, "Mrs X" for a name, "??" for a missing detail, TBC/TBA/TBD, TODO notes, blanks such as "Approved on ________", "Mr/Mrs ............" or "[●]" (not a line for a signature or a contents page\'s dotted leader), "(delete as appropriate)", instructions such as "Insert the link here" or "Replace this paragraph with ...", stand-in names such as "A N Other" or "Joe Bloggs", a word processor\'s comment marker left in ("plan.[JD1]"), Word\'s "Click or tap here to enter text." and "Lorem ipsum". Code and comments are ignored.',
      why: 'A published report that still says "[insert name]" or "TBC" tells parents nobody checked it, and leaves out the very information (often the SENCO\'s name or a date) that they need.',
      example: 'Our SEND governor is [insert name].',
      fix: 'Replace the placeholder with the real information, or remove the sentence if it does not apply.',
    },
  },
  check({ doc, report }) {
    let reportedEnd = -1;
    for (const match of findAll(doc.text)) {
      const start = match.index;
      const end = start + match.text.length;
      // "[DYDDIAD]" fits two shapes: report it once.
      if (start < reportedEnd || inNonProse(doc, start, end)) continue;
      // "Signed: ________": a line for a signature on paper, not a detail left out.
      // "Well.....": dots stuck to a word trail off; a blank to fill in follows a space or a colon.
      if (match.text.startsWith('.') && /[\p{L}\p{N}]/u.test(doc.text[start - 1] ?? '')) continue;
      if (/^[_.]/.test(match.text) && (!blankNextToText(doc.text, start, end) || SIGNATURE_LINE.test(doc.text.slice(Math.max(0, start - 30), start)))) continue;
      const marker = COMMENT_MARKER.test(match.text);
      if (marker && !MARKER_PLACE.test(doc.text.slice(Math.max(0, start - 8), start))) continue;
      reportedEnd = end;
      report({
        // A comment marker has nothing to fill in: what is left to do is settle the comment and delete the mark.
        message: marker
          ? `"${match.text}" looks like a reviewer's comment mark left from a draft. Check the comment was dealt with, then delete the mark before the document is published.`
          : `"${match.text}" looks like template text that was never filled in. Replace it with the real information before the document is published.`,
        span: { start, end },
        subject: match.text,
      });
    }
  },
};
