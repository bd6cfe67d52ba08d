import type { Rule } from '../engine/rule.js';
import { inNonProse } from '../engine/language/masked.js';

// Template left-overs, as one expression compiled once: [insert name], <<school name>>, {{date}}, XXXX, TBC, Lorem ipsum, DD/MM/YYYY.
const PLACEHOLDER =
  /\[(?:insert|add|enter|type|put|name of|school name|your|date|tbc|tba|x{2,}|\.{3}|…)[^\]\n]{0,60}\](?!\()|<<[^<>\n]{1,60}>>|«[^»\n]{1,60}»|\{\{[^{}\n]{1,60}\}\}|\b[Xx]{3,}\b|\bTB[CAD]\b|\blorem ipsum\b|\b(?:DD|dd)\/(?:MM|mm)\/(?:YYYY|yyyy|YY|yy)\b|\?{3,}/gi;

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    defaultSeverity: 'warning',
    citation: 'SEND Code of Practice 2015, paras 6.79 and 6.81 (published information must be complete, up to date and clear for parents)',
    description: 'Template text that was never filled in ([insert name], XXXX, TBC, <<school name>>, Lorem ipsum).',
    docs: {
      checks:
        'Text left over from a template or a draft: square-bracket prompts such as [insert name], <<school name>> or {{date}} fields, XXXX, TBC/TBA/TBD, DD/MM/YYYY and "Lorem ipsum". Code and comments are ignored.',
      why: 'A published report that still says "[insert name]" or "TBC" tells parents nobody checked it, and leaves out the very information (often the SENCO\'s name or a date) that they need.',
      example: 'Our SEND governor is [insert name].',
      fix: 'Replace the placeholder with the real information, or remove the sentence if it does not apply.',
    },
  },
  check({ doc, report }) {
    for (const match of doc.text.matchAll(PLACEHOLDER)) {
      const start = match.index;
      const end = start + match[0].length;
      if (inNonProse(doc, start, end)) continue;
      report({
        message: `"${match[0]}" looks like template text that was never filled in. Replace it with the real information before the document is published.`,
        span: { start, end },
        subject: match[0],
      });
    }
  },
};
