import type { Rule } from '../engine/rule.js';
import type { DocumentModel } from '../engine/document.js';
import type { Span } from '../engine/types.js';
import { docView } from '../engine/coverage/view.js';
import { hasLinkIn } from '../engine/coverage/evidence.js';
import { cleanText } from '../engine/coverage/text.js';

const LOCAL_OFFER = /local offer/i;
const REPORT_KINDS = new Set(['sen-information-report', 'combined', 'faq-page']);

/**
 * Passages (outside contents lists) that mention the Local Offer. "Local Offer: TBC" in a list of contacts
 * names it over a placeholder and says nothing, so another line's link does not make it linked.
 */
function mentions(doc: DocumentModel): { span: Span; raw: string }[] {
  const view = docView(doc);
  return view.passages.filter(
    (p) => (LOCAL_OFFER.test(p.raw) && LOCAL_OFFER.test(cleanText(p.raw, true).text)) || LOCAL_OFFER.test(doc.sections[p.section]?.heading?.text ?? ''),
  );
}

/** True when the document gives an actual link to a Local Offer (not just its name). */
export function linkedLocalOffer(doc: DocumentModel): boolean {
  if (doc.links.some((l) => /^(?:https?:|www\.)/i.test(l.url) && (LOCAL_OFFER.test(l.text) || /local-?offer/i.test(l.url)))) return true;
  return mentions(doc).some((m) => hasLinkIn(doc, m.span, m.raw));
}

export const localOfferNotLinked: Rule = {
  meta: {
    id: 'local-offer-not-linked',
    defaultSeverity: 'warning',
    description: 'The Local Offer is mentioned but no link to it is given.',
    citation: 'SEND Code of Practice 2015, para 6.81; SEND Regulations 2014, Schedule 1, paragraph 13',
    docs: {
      checks: 'Whether an SEN information report that mentions the local authority\'s Local Offer also gives its web address.',
      why: 'The report must tell parents where the Local Offer is published. Most parents read the report online, and a link takes them straight there; the name alone leaves them to search for it.',
      example: '## The Local Offer\n\nThe local authority publishes a Local Offer.',
      fix: 'Add the web address of your local authority\'s Local Offer as a link, for example "You can find it at https://localoffer.example.gov.uk".',
    },
  },
  check({ doc, facts, report }) {
    if (!REPORT_KINDS.has(facts.kind) || facts.jurisdiction !== 'england') return;
    const found = mentions(doc);
    // With no mention at all, missing-requirement reports Schedule 1 item 13 instead.
    if (found.length === 0 || linkedLocalOffer(doc)) return;
    // Point at the first mention: the heading above the passage if it names the Local Offer, else the passage.
    const first = found[0]!;
    const heading = doc.sections.find((s) => s.heading && s.heading.span.end <= first.span.start && s.span.end >= first.span.end && LOCAL_OFFER.test(s.heading.text))?.heading;
    const area = heading?.span ?? first.span;
    const at = doc.text.slice(area.start, area.end).search(LOCAL_OFFER);
    report({
      message:
        'The Local Offer is mentioned but there is no link to it. Parents need to know where it is published: add the web address of the local authority\'s Local Offer.',
      span: at >= 0 ? { start: area.start + at, end: area.start + at + 'local offer'.length } : area,
    });
  },
};
