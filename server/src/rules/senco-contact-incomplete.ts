import type { Rule } from '../engine/rule.js';
import { applicableStandards, findSencoContact, itemApplies } from '../engine/coverage.js';

const SNIPPET_PROMPTS = ['senco@your-school.example.sch.uk', 'phone number'];

export const sencoContactIncomplete: Rule = {
  meta: {
    id: 'senco-contact-incomplete',
    defaultSeverity: 'warning',
    description: 'The SENCO is named but no email address or phone number is given.',
    citation: 'SEND Regulations 2014, Schedule 1, paragraph 4',
    docs: {
      checks:
        'Whether a document that names the SENCO (special educational needs co-ordinator) also says how to contact them: an email address, a phone number, or "phone the school office on ... and ask for the SENCO".',
      why: 'Mainstream schools and maintained nursery schools must publish the name and contact details of their SENCO. A name on its own leaves parents to find out how to reach them.',
      example: '## Who is the SENCO?\n\nOur SENCO is Mrs A Patel.',
      fix: 'Add an email address or phone number after the name, for example "You can email her at senco@school.example.sch.uk or phone the school office on 01632 960000 and ask for the SENCO."',
    },
  },
  check({ doc, facts, standards, report }) {
    // The requirement that asks for a named person (Schedule 1, paragraph 4) says where this rule applies.
    const item = applicableStandards(standards, facts)
      .flatMap((s) => s.items)
      .find((i) => i.recognise.evidence?.includes('person-name'));
    if (!item || !itemApplies(item, facts)) return;
    const found = findSencoContact(doc);
    if (!found.name || found.contact) return;
    const end = doc.lines.positionAt(found.name.end);
    const escape = (s: string) => s.replace(/[$}\\]/g, '\\$&');
    report({
      message:
        'The SENCO is named but there is no email address or phone number. Schools must give the SENCO\'s contact details: add an email address or phone number (or say to phone the school office, with the number, and ask for the SENCO).',
      span: found.name,
      fixes: [
        {
          title: 'Add the SENCO\'s contact details',
          edits: [{ range: { start: end, end }, newText: ` You can contact them by email at ${SNIPPET_PROMPTS[0]} or by phone on ${SNIPPET_PROMPTS[1]}.` }],
          snippet: ` You can contact them by email at \${1:${escape(SNIPPET_PROMPTS[0]!)}} or by phone on \${2:${escape(SNIPPET_PROMPTS[1]!)}}.`,
          safe: false,
        },
      ],
    });
  },
};
