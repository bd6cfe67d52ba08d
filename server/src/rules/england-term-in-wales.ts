import type { Rule } from '../engine/rule.js';
import type { Fix } from '../engine/types.js';
import { standards } from '../engine/standards.js';
import { blockTexts, isExact, spanOf } from '../engine/language/text.js';
import { TermMatcher, type TermSpec } from '../engine/language/terms.js';

interface WalesTerm extends TermSpec {
  term: string;
  walesTerm: string;
  fix?: string;
  source: string;
  note?: string;
}

const terms = (standards.data.get('wales-terms') ?? []).flatMap((file) => (file as unknown as { terms: WalesTerm[] }).terms);
const matcher = new TermMatcher(terms);

/**
 * A sentence that compares the systems or describes a learner coming from England uses England's terms
 * on purpose ("IDPs replaced statements and EHC plans", "a learner moving from England with an EHC plan").
 */
const ON_PURPOSE = /\b(?:England|English (?:law|system|schools?|local authorit(?:y|ies))|replac\w*|previous(?:ly)?|former(?:ly)?|old system|instead of|used to|no longer|equivalent)\b/i;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), -1) + 1;
  const stops = [text.indexOf('. ', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

export const englandTermInWales: Rule = {
  meta: {
    id: 'england-term-in-wales',
    defaultSeverity: 'warning',
    description: "A term from England's SEN system (EHC plan, Local Offer, SEN support ...) in a document for a school in Wales.",
    citation: 'Additional Learning Needs and Education Tribunal (Wales) Act 2018; Additional Learning Needs Code for Wales 2021',
    docs: {
      checks:
        "In documents for Wales (frontmatter `jurisdiction: wales`, the setting, or a document written in the Wales ALN terms), words that belong to England's system: EHC plans and EHC needs assessments, the Local Offer, SEN support, SENDIASS, the SEND Code of Practice, the Children and Families Act 2014, the First-tier Tribunal (SEND) and the SEN information report. Sentences that compare the two systems or mention England are not reported. SENCO, statements, IEPs and School Action are reported by outdated-term, as Wales used them before the ALN system.",
      why: 'Schools in Wales work under the ALNET Act 2018 and the ALN Code 2021. Parents who read England\'s terms look for plans, services and rights that do not exist in Wales, and may miss the ones that do (an IDP, the right to ask the local authority to reconsider).',
      example: '---\njurisdiction: wales\n---\n\nIf your child has an EHC plan, you can find out more from the Local Offer.',
      fix: 'Use the Wales term given in the message (for example IDP for an EHC plan). Where it fits the sentence as written, a quick fix makes the change.',
    },
  },
  check({ doc, facts, report }) {
    if (facts.jurisdiction !== 'wales') return;
    for (const block of blockTexts(doc)) {
      for (const match of matcher.find(block.text)) {
        if (ON_PURPOSE.test(sentenceAround(block.text, match.start, match.end))) continue;
        const span = spanOf(block, match.start, match.end);
        if (!span) continue;
        const { term } = match;
        const fixes: Fix[] = [];
        if (term.fix && isExact(block, match.start, match.end)) {
          // "EHC plans" -> "IDPs": keep the plural.
          const newText = /s$/.test(match.text) && !/s$/.test(term.fix) ? `${term.fix}s` : term.fix;
          fixes.push({ title: `Replace with "${newText}"`, edits: [{ range: doc.lines.rangeOf(span), newText }], safe: false });
        }
        report({
          message: `"${match.text}" is a term from England's SEN system. In Wales, use ${term.walesTerm} (${term.source}).${term.note ? ` ${term.note}` : ''}`,
          span,
          subject: term.term,
          fixes: fixes.length ? fixes : undefined,
        });
      }
    }
  },
};
