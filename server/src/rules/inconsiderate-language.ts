import type { Rule } from '../engine/rule.js';
import type { Fix } from '../engine/types.js';
import { standards } from '../engine/standards.js';
import { blockTexts, isExact, spanOf } from '../engine/language/text.js';
import { TermMatcher, type TermSpec } from '../engine/language/terms.js';

interface InconsiderateTerm extends TermSpec {
  term: string;
  instead: string;
  fix?: string;
  fixSafe?: boolean;
  why: string;
}

const terms = (standards.data.get('inconsiderate-language') ?? []).flatMap((file) => (file as unknown as { terms: InconsiderateTerm[] }).terms);
const matcher = new TermMatcher(terms);

export const inconsiderateLanguage: Rule = {
  meta: {
    id: 'inconsiderate-language',
    defaultSeverity: 'warning',
    description: 'Outdated or negative wording about disabled people ("suffers from", "wheelchair-bound", "the disabled").',
    citation: 'Equality Act 2010; SEND Code of Practice 2015, para 1.1 (high aspirations)',
    docs: {
      checks:
        'Wording about disability that is widely considered outdated, offensive or defining people by a condition: "suffers from", "wheelchair-bound", "handicapped", "the disabled", "normal children" and similar. The terms the law itself uses ("special educational needs", "disabled pupils", "learning difficulty") are never reported.',
      why: 'Parents and pupils read these documents. Wording that treats a condition as a tragedy, or a child as not "normal", undermines the respect and high expectations the SEND Code of Practice asks for.',
      example: 'Some of our pupils suffer from autism and one is wheelchair-bound.',
      fix: 'Use the wording suggested in the message, for example "has autism" or "uses a wheelchair".',
    },
  },
  check({ doc, report }) {
    for (const block of blockTexts(doc)) {
      for (const match of matcher.find(block.text)) {
        const { term } = match;
        const span = spanOf(block, match.start, match.end);
        if (!span) continue;
        const fixes: Fix[] = [];
        if (term.fix && isExact(block, match.start, match.end)) {
          const newText = /^\p{Lu}/u.test(match.text) ? term.fix[0]!.toUpperCase() + term.fix.slice(1) : term.fix;
          fixes.push({ title: `Replace with "${newText}"`, edits: [{ range: doc.lines.rangeOf(span), newText }], safe: term.fixSafe === true });
        }
        report({
          message: `"${match.text}": ${term.why} Say ${term.instead} instead.`,
          span,
          subject: term.term,
          fixes: fixes.length ? fixes : undefined,
        });
      }
    }
  },
};
