import type { Rule } from '../engine/rule.js';
import type { Fix } from '../engine/types.js';
import { analyseAcronyms, explanationStatus } from '../engine/language/acronyms.js';
import { CLEAR_LANGUAGE_CITATION, expandFix, isAllowed, quote } from '../engine/language/acronym-fixes.js';

export const acronymExplainedLate: Rule = {
  meta: {
    id: 'acronym-explained-late',
    defaultSeverity: 'info',
    description: 'An acronym is spelled out, but only after it has already been used.',
    citation: CLEAR_LANGUAGE_CITATION,
    docs: {
      checks:
        'Acronyms that the document does explain, but only after the first place a reader meets them (titles, headings and contents lists count as uses). A glossary section counts as an explanation wherever it is.',
      why: 'Parents read from the top. If "SEN" is in the title and only spelled out on page three, they meet it without knowing what it means.',
      example: '# SEN Information Report\n\nChildren with special educational needs (SEN) ...',
      fix: 'Spell it out where it is first used (the quick fix does this), or add a glossary.',
    },
  },
  check({ doc, config, report }) {
    for (const info of analyseAcronyms(doc).acronyms.values()) {
      if (isAllowed(info, config.allowAcronyms) || explanationStatus(info) !== 'late') continue;
      const use = info.uses[0]!;
      const explanation = info.explanations[0]!;
      const line = doc.lines.positionAt(explanation.span.start).line + 1;
      const meanings = info.entry?.meanings ?? [];
      const meaning = meanings[explanation.meaning] ?? (meanings.length === 1 ? meanings[0] : undefined);
      const fix: Fix | null = meaning ? expandFix(doc, info, use, meaning, true) : null;
      report({
        message: `${quote(use.written)} is used here but only spelled out later, on line ${line}. Readers meet it before they know what it means: spell it out at its first use.`,
        span: use.span,
        subject: info.canonical,
        related: [{ span: explanation.span, message: `${quote(info.canonical)} is explained here.` }],
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};
