import type { Rule } from '../engine/rule.js';
import { standards } from '../engine/standards.js';
import { blockTexts, spanOf } from '../engine/language/text.js';
import { TermMatcher, type TermSpec } from '../engine/language/terms.js';
import { glossaryBlockSet } from '../engine/language/acronyms.js';

interface JargonTerm extends TermSpec {
  term: string;
  plain?: string;
  explain: string;
}

const terms = (standards.data.get('jargon') ?? []).flatMap((file) => (file as unknown as { terms: JargonTerm[] }).terms);
const matcher = new TermMatcher(terms);
// The writer already explains it: "provision map (a list of ...)", "provision map, which is ...", "... means".
const EXPLAINED_AFTER =
  /^["”’']?\s*(?:\(|:|,?\s*(?:which|where|this) (?:is|means|are)\b|\s+(?:means|is when|is a way|is the|are the|is where)\b|\s+(?:\w+\s+)?(?:such as|for example|to help (?:with|children|pupils))\b|\s+[-–—]\s)/i;
// ... or in the very next sentence: "... access arrangements. These can include extra time ..."
const EXPLAINED_NEXT = /^\s*(?:This|These|That|It|They)\s+(?:\w+\s+){0,2}?(?:means?|is|are|can|include|includes|help|helps|gives?|lets?)\b/;

/** Whether the sentence after the one holding the term starts by explaining it. */
function explainedNext(text: string, from: number): boolean {
  const end = /[.!?](?=\s)/g;
  end.lastIndex = from;
  const stop = end.exec(text);
  return stop !== null && stop.index - from < 200 && EXPLAINED_NEXT.test(text.slice(stop.index + 1, stop.index + 80));
}

export const jargon: Rule = {
  meta: {
    id: 'jargon',
    defaultSeverity: 'info',
    description: 'Education jargon that parents may not know (provision map, graduated approach, one-page profile ...).',
    citation: 'SEND Code of Practice 2015, para 6.81 (clear, straightforward language)',
    docs: {
      checks:
        'School and SEN jargon such as provision map, graduated approach, differentiation and one-page profile (quality first teaching and waves of intervention are reported as outdated terms). Each term is reported once per document, at its first use, unless it is explained there or the document has it in a glossary.',
      why: 'These words are everyday language for school staff but not for most parents. One sentence of explanation the first time makes the rest of the document readable.',
      example: 'Your child\'s support will be recorded on our provision map.',
      fix: 'Explain the term the first time you use it, or use the plainer words suggested in the message.',
    },
  },
  check({ doc, report }) {
    const seen = new Set<string>();
    const glossaryBlocks = glossaryBlockSet(doc);
    const glossaryText = blockTexts(doc)
      .filter((b) => glossaryBlocks.has(b.blockIndex))
      .map((b) => b.text.toLowerCase())
      .join('\n');
    for (const block of blockTexts(doc)) {
      for (const match of matcher.find(block.text)) {
        const { term } = match;
        if (seen.has(term.id)) continue;
        seen.add(term.id);
        if (
          EXPLAINED_AFTER.test(block.text.slice(match.end, match.end + 40)) ||
          explainedNext(block.text, match.end) ||
          glossaryText.includes(match.text.toLowerCase())
        )
          continue;
        const span = spanOf(block, match.start, match.end);
        if (!span) continue;
        const plain = term.plain ? ` or write "${term.plain}" instead` : '';
        report({
          message: `"${match.text}" is school jargon that parents may not know. Explain it the first time (it means ${term.explain})${plain}.`,
          span,
          subject: term.term,
        });
      }
    }
  },
};
