import type { DocumentModel, Link } from '../document.js';
import type { Span } from '../types.js';
import { sentences, stripPlaceholders } from './text.js';
import { docView, type Passage } from './view.js';

/** Detectors for the concrete details some items need: names, contact details, links. */

// The look-behind starts the local part only where a run of its characters starts: without it, a long
// run with no "@" (a 1 MB word) was rescanned from every position, in quadratic time (issue 7).
export const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// UK numbers: 01632 960214, 0300 123 4567, 020 7946 0000, +44 1632 960214.
export const PHONE = /(?<![\d/])(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d/])/;
export const URL = /\bhttps?:\/\/[^\s)>\]]+|\bwww\.[\w-]+\.[^\s)>\]]+/i;
/** "Ring the school office and ask for the SENCO" is a way to reach them even without a number. */
const VIA_OFFICE = /\b(?:phone|ring|call|contact(?:ed)?|email|through|via)\b[^.\n]{0,40}\b(?:school|nursery|academy|centre|main|front) office\b/i;
const WEB_LOCATION = /\b(?:web ?site|web ?page|online|internet|portal)\b/i;

/**
 * The SENCO by any of the titles schools give the role: "SENDCo", "Inclusion Leader", "Head of Learning
 * Support", "Deputy Headteacher (Inclusion)", "Senior Leader for Inclusion", "SEND Lead".
 */
export const SENCO_ROLE =
  /\bSEN(?:D)?Cos?\b|\bSENCO\b|\bALNCo\b|special educational needs (?:and disabilit(?:y|ies) )?co-?ordinator|additional learning needs co-?ordinator|(?:inclusion|additional needs|learning support|SEN(?:D)?) (?:lead|leader|manager|co-?ordinator)\b|(?:head|director|leader) (?:of|for) (?:inclusion|learning support|SEN(?:D)?)\b|(?:deputy|assistant|vice) (?:head(?:teacher)?|principal) \(?(?:for )?inclusion\b/i;

/**
 * A heading that asks who holds the role without naming it: "Who's in charge of SEN?", "Who runs SEN
 * support here?", "Who leads inclusion?". The answer under it is the SENCO's details.
 */
export const WHO_LEADS_SEN =
  /\bwho(?:'s|’s| is| are)?\b.{0,20}\b(?:in charge of|responsible for|runs?|leads?|looks? after|manages?|co-?ordinates?|oversees?)\b.{0,15}\b(?:SEN(?:D)?|special educational needs|additional needs|inclusion|learning support)\b/i;

/** Whether a heading names the SENCO role, by title or by asking who leads SEN. */
export function headingNamesRole(heading: string): boolean {
  return SENCO_ROLE.test(heading) || WHO_LEADS_SEN.test(heading);
}

const HONORIFIC_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\p{L}'’-]+/u;
/** A sentence that opens with a titled name ("She is Dr ..."), continuing from the sentence before it. */
const LEADING_NAME = /^(?:(?:She|He|They|This) (?:is|are) )?(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\p{L}'’-]+/u;
/** "Our SENCO is Priya Raman": two capitalised words after the role, with role words ruled out. */
const BARE_NAME = /(?:\bis|:|,|–|-)\s+([A-Z][\p{Ll}'’-]+(?:-[A-Z][\p{Ll}'’-]+)?)\s+([A-Z][\p{Ll}'’-]+(?:-[A-Z][\p{Ll}'’-]+)?)/u;
/** A line that is only a name, as in a letter's sign-off or a contact card: "Mrs Harriet Lowe" over "SENCO". */
const NAME_LINE = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?|([A-Z][\p{Ll}'’-]+)\s+[A-Z][\p{Ll}'’-]+(?:-[A-Z][\p{Ll}'’-]+)?)[,.]?$/u;
const NOT_NAMES =
  /^(?:The|Our|Your|A|An|This|Head|Deputy|Assistant|Director|Senior|Special|Inclusion|Additional|Learning|Currently|Also|Vacant|Part|Full|Who|She|He|They|Not|Mon|Monday|Tuesday|Wednesday|Thursday|Friday|Email|Phone|Tel|Contact)$/;

/** The look-behind that starts EMAIL makes it try every position of a text: most texts have no "@" to find. */
function hasEmail(text: string): boolean {
  return text.includes('@') && EMAIL.test(text);
}

export function hasContact(text: string): boolean {
  return hasEmail(text) || PHONE.test(text) || URL.test(text);
}

export function hasEmailOrPhone(text: string): boolean {
  return hasEmail(text) || PHONE.test(text) || VIA_OFFICE.test(text);
}

/**
 * "Priya Okafor, 01632 960418": an answer that opens with a bare name, set off like a contact card (a comma,
 * dash, bracket or line end after it), under a heading that names the role. "Wyvern Heath Academy is ..." is not one.
 */
function leadsWithName(text: string): boolean {
  const match = /^\s*([A-Z][\p{Ll}'’-]+)\s+([A-Z][\p{Ll}'’-]+(?:-[A-Z][\p{Ll}'’-]+)?)[ \t]*(?=[,–—(-]|\n|$)/u.exec(text);
  return Boolean(match && !NOT_NAMES.test(match[1]!) && !NOT_NAMES.test(match[2]!));
}

/**
 * True when the text names whoever holds the SENCO role: a name in the same sentence as the role
 * ("Our SENCO is Mrs A Patel"), or any name with a title when the heading itself names the role.
 * Placeholders such as "[insert name]" are not names.
 */
export function namesRoleHolder(text: string, headingNamesRole: boolean): boolean {
  const clean = stripPlaceholders(text);
  if (headingNamesRole && (HONORIFIC_NAME.test(clean) || leadsWithName(clean))) return true;
  const all = sentences(clean);
  return all.some((sentence, i) => {
    const role = SENCO_ROLE.exec(sentence);
    if (!role) return false;
    if (HONORIFIC_NAME.test(sentence)) return true;
    // "The Inclusion Manager (our SENCo) leads provision. Mrs Jo Whitfield is a qualified teacher ..."
    if (LEADING_NAME.test(all[i + 1] ?? '')) return true;
    // A sign-off puts the name on the line above the role; only when the role's line is the role alone.
    if (i > 0 && sentence.length - role[0].length < 40) {
      const above = NAME_LINE.exec(all[i - 1]!.trim());
      if (above && !(above[1] && NOT_NAMES.test(above[1]))) return true;
    }
    const after = sentence.slice(role.index + role[0].length, role.index + role[0].length + 80).replace(/^[)\s]+/, ' ');
    const match = BARE_NAME.exec(after);
    return Boolean(match && !NOT_NAMES.test(match[1]!) && !NOT_NAMES.test(match[2]!));
  });
}

/** True when a web link inside the span passes `keep` (any link, unless given). */
function webLinkIn(doc: DocumentModel, span: Span, keep: (link: Link) => boolean = () => true): boolean {
  return doc.links.some((l) => l.span.start >= span.start && l.span.end <= span.end && /^(?:https?:|www\.)/i.test(l.url) && keep(l));
}

/** True when a link (Markdown or bare) lies inside the span. */
export function hasLinkIn(doc: DocumentModel, span: Span, raw: string): boolean {
  return URL.test(raw) || webLinkIn(doc, span);
}

/** The Local Offer is the council's directory, not a support service: details given for it are its own. */
const LOCAL_OFFER = /\blocal[- ]?offer\b/i;

/**
 * Contact details for the thing `names` recognises. Those in a sentence about the Local Offer count only
 * when that sentence names the thing too: "Families can get advice from their local SENDIASS. The Local
 * Offer is at https://..." gives no contact for the SENDIASS.
 */
export function hasContactFor(doc: DocumentModel, span: Span, raw: string, names: (sentence: string) => boolean): boolean {
  if (!LOCAL_OFFER.test(raw)) return hasContact(raw) || hasLinkIn(doc, span, raw);
  const own = sentences(raw).filter((sentence) => !LOCAL_OFFER.test(sentence) || names(sentence)).join('\n');
  return hasContact(own) || webLinkIn(doc, span, (l) => !LOCAL_OFFER.test(`${l.text} ${l.url}`));
}

export function saysWherePublished(doc: DocumentModel, span: Span, raw: string): boolean {
  return hasLinkIn(doc, span, raw) || WEB_LOCATION.test(raw);
}

export interface SencoContact {
  /** A passage naming the SENCO, if any. */
  name: Span | null;
  /** A passage giving a way to contact them, if any. */
  contact: Span | null;
  /** The first mention of the role, if any. */
  role: Span | null;
}

/** "We do not have a separate SEN co-ordinator", "Special schools are not required to have a SENCO". */
const NO_ROLE = /\b(?:no|not (?:have|employ|need|appoint)|not required to have|without)\s+(?:an?\s+)?(?:separate\s+|dedicated\s+|designated\s+|named\s+)?$/i;

/** Whether the text names the role other than to say there is none. */
function namesRole(text: string): boolean {
  const role = SENCO_ROLE.exec(text);
  if (!role) return false;
  return !NO_ROLE.test(text.slice(Math.max(0, role.index - 60), role.index)) || SENCO_ROLE.test(text.slice(role.index + role[0].length));
}

function mentionsRole(doc: DocumentModel, passage: Passage): boolean {
  const heading = doc.sections[passage.section]?.heading?.text ?? '';
  return namesRole(passage.raw) || headingNamesRole(heading);
}

/**
 * Finds the SENCO's name and contact details. A name counts when it is in a passage that names the role
 * (or under a heading that does); contact details count in such a passage or in a passage of the same
 * section that follows it ("You can contact Mrs Okafor by email at ...").
 */
export function findSencoContact(doc: DocumentModel): SencoContact {
  const view = docView(doc);
  const result: SencoContact = { name: null, contact: null, role: null };
  for (const passage of view.passages) {
    if (view.sections[passage.section]!.framing) continue;
    if (!mentionsRole(doc, passage)) continue;
    result.role ??= passage.span;
    const named = namesRoleHolder(passage.raw, headingNamesRole(doc.sections[passage.section]?.heading?.text ?? ''));
    if (named) result.name ??= passage.span;
    if (hasEmailOrPhone(passage.raw)) result.contact ??= passage.span;
    if (named && !result.contact) {
      const siblings = view.sections[passage.section]!.passages;
      const later = siblings.slice(siblings.indexOf(passage) + 1, siblings.indexOf(passage) + 4);
      const found = later.find((p) => hasEmailOrPhone(p.raw));
      if (found) result.contact = found.span;
    }
  }
  return result;
}
