import type { Rule } from '../engine/rule.js';
import { parseDirectives, UNUSED_SUPPRESSION_RULE, type Directive } from '../engine/suppressions.js';
import { rules } from './index.js';

/** The message for a suppression comment that hid nothing (the runner reports these after every rule has run). */
export function unusedMessage(directive: Directive): string {
  const which = directive.rules.length ? directive.rules.map((r) => `"${r}"`).join(', ') : 'any check';
  const where = directive.kind === 'disable-file' ? 'in this file' : directive.kind === 'disable-next-line' ? 'on the next line' : 'after it';
  return `This sendlint-${directive.kind} comment turns off ${which}, but there is nothing to hide ${where}. Remove it, so it cannot hide a real problem later.`;
}

export const unusedSuppression: Rule = {
  meta: {
    id: UNUSED_SUPPRESSION_RULE,
    defaultSeverity: 'warning',
    description: 'A sendlint-disable comment that hides nothing, or names a check that does not exist.',
    docs: {
      checks:
        'Suppression comments: `<!-- sendlint-disable rule-id -- reason -->` (until `<!-- sendlint-enable rule-id -->` or the end), `<!-- sendlint-disable-next-line rule-id -- reason -->` and `<!-- sendlint-disable-file rule-id -- reason -->`. Without a rule id they turn off every check. This rule reports a suppression that hid no finding, and one that names a rule sendlint does not have.',
      why: 'A forgotten suppression hides the next real problem in that place. A reason after "--" tells the next editor why the check was turned off.',
      example: '<!-- sendlint-disable-next-line unexplained-acronyms -- parents all know this one -->\nOur SENCO is Mrs Hill.',
      fix: 'Remove the comment, or correct the rule id.',
    },
  },
  // Unused suppressions are found by the runner once every rule has run; this checks the ids named.
  check({ doc, report }) {
    const known = new Set(rules.map((r) => r.meta.id));
    for (const directive of parseDirectives(doc)) {
      const unknown = directive.rules.filter((id) => !known.has(id));
      if (unknown.length === 0) continue;
      report({
        message: `sendlint has no check called ${unknown.map((id) => `"${id}"`).join(', ')}, so this comment turns nothing off. Check the rule id (they are listed in docs/rules).`,
        span: directive.span,
      });
    }
  },
};
