import type { Rule } from '../engine/rule.js';
import type { Fix } from '../engine/types.js';
import { analyseAcronyms, explanationStatus } from '../engine/language/acronyms.js';
import { allowFix, CLEAR_LANGUAGE_CITATION, expandFix, glossaryFix, isAllowed, meaningsText, quote } from '../engine/language/acronym-fixes.js';

export const unexplainedAcronym: Rule = {
  meta: {
    id: 'unexplained-acronym',
    defaultSeverity: 'warning',
    description: 'An acronym is used but never spelled out or listed in a glossary.',
    citation: CLEAR_LANGUAGE_CITATION,
    docs: {
      checks:
        'Every acronym (two or more capital letters, such as EHCP, SaLT or KS2) that the document never explains: not spelled out at or before its first use ("Education, Health and Care plan (EHCP)", "EHCP (Education, Health and Care plan)", "EHCP, or Education, Health and Care plan,", "EHCP stands for ...") and not listed in a glossary section. Plurals count as the acronym (EHCPs is EHCP). ALL-CAPS titles and mottos, staff initials in brackets, Roman numerals, Y6 or Q1 style labels, code, links, e-mail addresses, everyday acronyms (UK, NHS, PE, GCSE, DfE ...) and the workspace allow-list are left alone.',
      why: 'The SEND Code of Practice asks schools to write the SEN information report in clear, straightforward language for parents and young people. Parents new to SEN rarely know what EHCP, SEMH or SALT mean, and an unexplained acronym shuts them out.',
      example: 'Your child may have an EHCP.',
      fix: 'Spell the acronym out the first time you use it, for example "an Education, Health and Care plan (EHCP)", or add it to a glossary at the end. If it is one your readers all know, add it to the allowed acronyms (`allowAcronyms` in .sendlintrc.yaml).',
    },
  },
  check({ doc, config, facts, report }) {
    for (const info of analyseAcronyms(doc).acronyms.values()) {
      if (isAllowed(info, config.allowAcronyms) || explanationStatus(info) !== 'unexplained') continue;
      const use = info.uses[0]!;
      const meanings = info.entry?.meanings ?? [];
      const fixes: Fix[] = [];
      for (const meaning of meanings) {
        const fix = expandFix(doc, info, use, meaning, meanings.length === 1);
        if (fix) fixes.push(meanings.length > 1 ? { ...fix, title: `${fix.title} (choose this meaning)` } : fix);
      }
      fixes.push(glossaryFix(doc, info), allowFix(info));
      const system = info.entry?.jurisdiction && info.entry.jurisdiction !== facts.jurisdiction ? ` It belongs to the system in ${info.entry.jurisdiction === 'england' ? 'England' : 'Wales'}.` : '';
      const known = info.entry ? system : ' sendlint does not know this acronym either.';
      report({
        message: `${quote(use.written)} is not explained anywhere in the document.${meaningsText(info)}${known} Parents may not know it: spell it out the first time it is used, or add it to a glossary.`,
        span: use.span,
        subject: info.canonical,
        fixes,
      });
    }
  },
};
