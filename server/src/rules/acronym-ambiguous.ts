import type { Rule } from '../engine/rule.js';
import type { Fix } from '../engine/types.js';
import { analyseAcronyms, explanationStatus } from '../engine/language/acronyms.js';
import { CLEAR_LANGUAGE_CITATION, expandFix, isAllowed, quote } from '../engine/language/acronym-fixes.js';

export const acronymAmbiguous: Rule = {
  meta: {
    id: 'acronym-ambiguous',
    defaultSeverity: 'warning',
    description: 'An acronym with several meanings (SLT, PD, CP, AP ...) is explained with more than one of them.',
    citation: CLEAR_LANGUAGE_CITATION,
    docs: {
      checks:
        'Acronyms that mean different things in schools (SLT: senior leadership team or speech and language therapy; CP: child protection or cerebral palsy; AP; PD; DT ...) where the document explains them, but with more than one meaning, so a reader cannot tell which is meant where. An ambiguous acronym that is never explained at all is reported by unexplained-acronym, with one quick fix per meaning.',
      why: 'A parent reading "SLT will review the support" cannot tell whether it means the school\'s leaders or a speech and language therapist.',
      example: 'Senior leadership team (SLT) ... speech and language therapy (SLT) ...',
      fix: 'Use a different short form for one of the meanings (for example SaLT for speech and language therapy), or write both out in full.',
    },
  },
  check({ doc, config, report }) {
    for (const info of analyseAcronyms(doc).acronyms.values()) {
      const meanings = info.entry?.meanings ?? [];
      if (meanings.length < 2 || isAllowed(info, config.allowAcronyms) || explanationStatus(info) === 'unexplained') continue;
      const used = [...new Set(info.explanations.map((e) => e.meaning).filter((m) => m >= 0))];
      if (used.length < 2) continue;
      const use = info.uses[0]!;
      const fixes = used
        .map((m) => expandFix(doc, info, use, meanings[m]!, false))
        .filter((f): f is Fix => f !== null)
        .map((f) => ({ ...f, title: `${f.title} (choose this meaning)` }));
      report({
        message: `${quote(use.written)} is explained with ${used.length} different meanings (${used.map((m) => quote(meanings[m]!.expansion)).join(' and ')}), so readers cannot tell which one is meant where. Use a different short form for one of them, or write them out.`,
        span: use.span,
        subject: info.canonical,
        related: info.explanations.filter((e) => e.meaning >= 0).map((e) => ({ span: e.span, message: `Explained as ${quote(meanings[e.meaning]!.expansion)} here.` })),
        fixes,
      });
    }
  },
};
