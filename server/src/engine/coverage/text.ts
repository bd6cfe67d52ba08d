import { TextMemo } from '../language/text-memo.js';

/**
 * Telling real content from text that only looks like content: placeholders, "to follow" notes and
 * pointers to other documents. A section made only of these does not cover a requirement.
 */

/** Template leftovers that stand where content should be. */
// Bracket contents stop at a line end or another opening bracket, so runs like "<<<<" or "[insert[insert" stay linear.
const PLACEHOLDER_TOKEN = /\[(?:insert|add|enter|school|name|tbc|date)[^[\]\n]*\]|<<[^<>\n]*>>|\{\{[^{}\n]*\}\}|\bX{3,}\b|\b(?:TBC|TBA|TBD)\b|\blorem ipsum\b/gi;

// No "[" inside: from every "[" of "[[[[..." the match would otherwise run to the end of the text and back (quadratic).
const BRACKETED_PROMPT = /\[[^[\]\n]{12,}\]/g;

/** A sentence that defers the content instead of giving it. */
const DEFERRAL =
  /^(?:(?:this (?:section|information|page) )?(?:is )?(?:to follow|coming soon|under (?:review|construction)|not yet (?:available|written|complete))|we are (?:currently |still )?(?:reviewing|updating|working on|rewriting|putting together|preparing|compiling|drawing up)\b|(?:this (?:section|information) )?will be (?:added|updated|completed|confirmed|published) (?:soon|shortly|later|in|when|by)|n\/?a$|none$|to be (?:confirmed|completed|added|agreed|decided))/i;

/**
 * A sentence that says the content will come later, in the middle of the sentence rather than at its
 * start: "Our accessibility plan is coming soon", "The complaints procedure is being reviewed and will be
 * published shortly", "Details of clubs and trips will follow in the spring term". The subject is a few
 * words at most, and the verbs are those of a document being written, so "Targets are agreed with you"
 * or "Plans are reviewed each term" are not deferrals.
 */
const LATER =
  /\bcoming soon\b|^(?:\S+\s+){0,8}?(?:is|are)\s+(?:currently\s+|still\s+|now\s+)?(?:being\s+(?:updated|reviewed|rewritten|revised|redrafted|drafted|finalised|finalized)\b|under\s+(?:review|construction)\b|(?:yet\s+)?to\s+be\s+(?:confirmed|added|decided|appointed|announced|finalised)\b|(?:yet\s+)?to\s+be\s+(?:agreed|completed|written|published|updated)\s*(?:[.;:!]|$)|not\s+yet\s+(?:available|written|complete|published|in place)\b)|^(?:\S+\s+){0,14}?will\s+(?:follow|be\s+(?:added|published|uploaded|posted|confirmed|completed|included|written|announced|updated))\s+(?:here\s+|on\s+(?:this|the|our)\s+(?:page|website)\s+)?(?:soon|shortly|later|in\s+due\s+course|in\s+the\s+(?:spring|summer|autumn|new)\s+(?:term|year)|in\s+(?:the\s+)?(?:spring|summer|autumn|january|february|march|april|may|june|july|august|september|october|november|december)\b|next\s+(?:term|year|month|half[- ]term)|later\s+this\s+(?:term|year)|by\s+the\s+end\s+of\s+(?:the\s+|this\s+)?(?:term|year))|\b(?:details|information|updates?|content|links?|web ?address|contact details|list)\s+(?:\S+\s+){0,3}?to\s+follow\b|\bwill\s+be\s+available\s+(?:soon|shortly|in\s+due\s+course)\b|\bwe\s+will\s+(?:add|publish|update|upload|post|complete)\s+(?:this|these|the|more|further)\s+(?:\S+\s+){0,5}?(?:soon|shortly|later|in\s+due\s+course)\b|^awaiting\s+(?:an?\s+)?(?:update|information|confirmation|details)\b/i;
/** What a deferring sentence may still give now: where to read the current version, or a contact. */
const GIVEN_NOW = /https?:\/\/|www\.|@[\w-]+\.|\b0\d{3,4}\s?\d{3}|\b(?:can|may) (?:still |already )?be (?:read|found|seen|downloaded|requested|viewed)|in the meantime|meanwhile|until then|the current (?:plan|policy|version|procedure)/i;

/** A sentence whose only job is to send the reader elsewhere. */
const POINTER =
  /^(?:please |you can |you may |for (?:more |further )?(?:details|information)[^,]*, )?(?:see|refer to|read|look at|visit|go to|check|consult|view|click|tap|download|follow (?:this|the|our) link|find out more)\b|^(?:details|information|more|this) (?:is|are|can be) (?:found|given|set out|explained|described|covered) (?:in|on|at)\b|^(?:this|these|details|information) (?:is|are) (?:set out|explained|described|covered|detailed) in\b|^(?:as )?(?:set out|explained|described|detailed) in (?:section|the|our)\b/i;

/**
 * "Our SEND Policy sets out how we evaluate our provision.", "Our complaints policy is on the website.":
 * another document named as the place the answer is, in one short sentence. One that goes on to give the answer ("...: first speak to ...") is content.
 */
const NAMES_OTHER_DOCUMENT =
  /^(?:our|the|the school'?s|the academy'?s|the trust'?s)\s+(?:\S+\s+){0,4}?(?:policy|procedure|document|handbook|guidance)\s+(?:(?:sets out|explains|describes|covers|details|contains|gives (?:more|further|full) (?:details|information))\b[^:;]*|(?:is|are|can be (?:found|read|seen|downloaded|requested))\s+(?:available\s+|published\s+)?(?:on|at|from|in)\s+(?:our|the)\s+(?:\S+\s+){0,2}?(?:website|web\s?site|web\s?page|office|reception)[.!]?)$/i;
const SHORT_SENTENCE_WORDS = 25;
/** A web page's navigation ("Back to top", "Return to contents"): part of the page, not of any answer. */
const NAVIGATION = /^(?:[↑^]\s*)?(?:(?:back|return|go|jump|skip)\s+(?:up\s+)?to\s+(?:the\s+)?(?:top|contents|menu|start|index)(?:\s+of\s+(?:the\s+)?page)?|top(?:\s+of\s+(?:the\s+)?page)?)\s*[↑^.]?$/i;
/** "Complaints – see our complaints policy", "Local Offer: to follow": a short label before the answer. */
const LEAD_LABEL = /^(?:[•▪‣-] +)?(?:[\w'’&/().]+ ){0,4}[\w'’&/().]+(?::| [–—-]) +/;
/** What is left of "Local Offer: TBC" once its placeholder is gone: a label with no answer. */
const BARE_LABEL = /^(?:[•▪‣-] +)?(?:[\w'’&/().]+ ){0,4}[\w'’&/().]+\s*(?::|[–—-])$/;

/**
 * Informal wording ("you'll be invited", "you're worried", "we don't") in full, so the phrase families,
 * written for "you will be", "you are", need no contracted twin.
 */
const CONTRACTION = /\b(you|we|they|i|it|she|he|that|there|here|who|what|how|where|when)['’](ll|re|ve|s|d)\b|\b(won|can|don|doesn|didn|isn|aren|wasn|weren|haven|hasn|shouldn|wouldn|couldn)['’]t\b/gi;
const CONTRACTED: Record<string, string> = { ll: 'will', re: 'are', ve: 'have', s: 'is', d: 'would' };
const NEGATED: Record<string, string> = { won: 'will', can: 'can', don: 'do', doesn: 'does', didn: 'did', isn: 'is', aren: 'are', wasn: 'was', weren: 'were', haven: 'have', hasn: 'has', shouldn: 'should', wouldn: 'would', couldn: 'could' };

export function expandContractions(text: string): string {
  // Most text has no apostrophe between letters: skip the scan.
  if (!/[a-z]['’][a-z]/i.test(text)) return text;
  return text.replace(CONTRACTION, (_, who: string | undefined, tail: string | undefined, negated: string | undefined) =>
    who ? `${who} ${CONTRACTED[tail!.toLowerCase()]}` : `${NEGATED[negated!.toLowerCase()]} not`,
  );
}

/**
 * Splits text into sentences (and lines, which often stand alone in lists and tables; "<br>" breaks a line
 * in a table cell). A "<br>" mid-sentence (a wrapped line pasted into a cell: no full stop before it, lower
 * case after it) continues the sentence.
 */
export function sentences(text: string): string[] {
  // Most text has no "<" at all, and then neither "<br>" replacement can match: skip their scans.
  const lines = text.includes('<') ? text.replace(/(?<=[^.!?:;\s])[ \t]*<[bB][rR]\s*\/?>[ \t]*(?=[a-z])/g, ' ').replace(/<br\s*\/?>/gi, '\n') : text;
  return lines
    .split(/(?<=[.!?])\s+(?=[^a-z\s])|\n+|\s+•\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER_TOKEN, ' ');
}

export type EmptyKind = 'nothing' | 'placeholder' | 'pointer';

export interface CleanText {
  /** The text with placeholders, deferrals and pointer sentences removed. */
  text: string;
  /** Number of words left. */
  words: number;
  /** Why nothing real is left, when that is so. */
  empty?: EmptyKind;
  /** Pointer sentences were removed (without them, cleaning with `keepPointers` gives the same). */
  pointersRemoved?: true;
}

const MIN_REAL_WORDS = 5;

/**
 * Removes what is not real content and says what, if anything, real is left. With `keepPointers`, a
 * sentence sending the reader elsewhere stays: for items about another document, where to read it is the answer.
 */
export function cleanText(raw: string, keepPointers = false): CleanText {
  return keepPointers ? withPointers.get(raw, (text) => clean(text, true)) : withoutPointers.get(raw, (text) => clean(text, false));
}

// Cleaning depends on the passage's text alone; while someone types, only the edited passage is new.
const withPointers = new TextMemo<CleanText>();
const withoutPointers = new TextMemo<CleanText>();

function clean(raw: string, keepPointers: boolean): CleanText {
  let pointers = 0;
  let placeholders = 0;
  const kept: string[] = [];
  // A bracketed instruction ("[Say who the SENCO is.]") is a prompt left to fill in, not content.
  const prompts = raw.match(BRACKETED_PROMPT)?.length ?? 0;
  placeholders += prompts;
  for (const sentence of sentences(prompts ? raw.replace(BRACKETED_PROMPT, ' ') : raw)) {
    const unmarked = sentence.replace(/[*_`]/g, '').trim();
    const unfilled = stripPlaceholders(unmarked).trim();
    const stripped = expandContractions(unfilled);
    // A labelled line ("Appendix: key information" lists, "**Complaints** – ...") is judged by what follows its label.
    if (NAVIGATION.test(stripped)) continue;
    const answer = stripped.replace(LEAD_LABEL, '');
    // "Local Offer: TBC" is a label over a placeholder, with nothing said.
    const labelOnly = unfilled.length < unmarked.length && BARE_LABEL.test(unfilled);
    if (labelOnly || answer.replace(/[^\p{L}\p{N}]/gu, '') === '' || DEFERRAL.test(answer) || (LATER.test(answer) && !GIVEN_NOW.test(stripped))) {
      placeholders++;
      continue;
    }
    // "Visit https://..." gives the location itself, which is the content for items about where things are.
    const pointer = POINTER.test(answer) || (NAMES_OTHER_DOCUMENT.test(answer) && answer.split(/\s+/).length <= SHORT_SENTENCE_WORDS);
    if (!keepPointers && pointer && !/https?:\/\/|www\./i.test(stripped)) {
      pointers++;
      continue;
    }
    kept.push(stripped);
  }
  const text = kept.join('\n');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // A short answer that gives a link, email address, phone number or date ("Next review | July 2026") is still a real answer.
  const result: CleanText = { text, words };
  if (pointers > 0) result.pointersRemoved = true;
  if (words >= MIN_REAL_WORDS || (words >= 1 && /https?:\/\/|www\.|@[\w-]+\.|\b0\d{3,4}\s?\d{3}|\b(?:19|20)\d\d\b/.test(text))) return result;
  result.empty = pointers > 0 ? 'pointer' : placeholders > 0 ? 'placeholder' : 'nothing';
  return result;
}

/** "Trained in precision teaching and autism": what staff were trained in, not the provision itself. */
// The topic list runs to the end of the clause: ", and we buy in time from an EP" starts a new one.
const TRAINING_TOPIC = /\b(trained|training|qualifications?|courses?)\b((?:\s+[\w'’-]+){0,3}?)\s+(?:in|on|about|covering|including)\s+(?:(?!,\s*(?:and|but|so|while|whereas|as well as)\s)[^.;\n])*/gi;

/**
 * Text with the topics of staff training removed. A passage about training names the things taught
 * (adaptive teaching, interventions, autism) without describing the school's provision of them.
 */
export function withoutTrainingTopics(text: string): string {
  return text.replace(TRAINING_TOPIC, '$1$2');
}
