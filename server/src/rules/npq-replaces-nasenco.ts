import type { Rule } from '../engine/rule.js';

const AWARD = /\bNASENCo?\b|\bNational Award (?:for|in) (?:Special Educational Needs|SEN) Co-?ordination\b|\bNational Award\b/i;
const NPQ = /\bNPQ ?(?:for )?SENCOs?\b|\bNPQSENCO\b|\bNational Professional Qualification\b/i;

export const npqReplacesNasenco: Rule = {
  meta: {
    id: 'npq-replaces-nasenco',
    defaultSeverity: 'info',
    description: 'A SENCO qualification portfolio built for the National Award, which the NPQ for SENCOs has replaced for SENCOs appointed from September 2024.',
    citation: 'SEND Regulations 2014, reg 49, as amended from 1 September 2024',
    docs: {
      checks:
        'In a SENCO qualification evidence portfolio (frontmatter `type: senco-qualification-evidence`), whether it is built for the National Award for SEN Co-ordination (NASENCO) rather than the National Professional Qualification (NPQ) for SENCOs. It reports once, as information.',
      why: 'From 1 September 2024 a SENCO new to the role must gain the NPQ for SENCOs within three years; the National Award is no longer the qualification new SENCOs take. SENCOs who already hold the Award, or started it before then, are not affected. The portfolio still shows the learning outcomes sendlint checks, but the SENCO should be sure the course they are on still leads to a qualification that counts for them.',
      example: '# Evidence portfolio for the National Award for SEN Co-ordination',
      fix: 'Nothing to change if you started the National Award before September 2024 or already hold it. Otherwise, check with your provider and your school that you are registered for the NPQ for SENCOs.',
    },
  },
  check({ doc, facts, report }) {
    if (facts.kind !== 'senco-qualification-evidence') return;
    const mention = doc.blocks.find((b) => AWARD.test(b.text));
    const aboutNpq = doc.blocks.some((b) => NPQ.test(b.text));
    if (aboutNpq && !mention) return;
    report({
      message:
        'The National Award for SEN Co-ordination (NASENCO) has been replaced by the National Professional Qualification (NPQ) for SENCOs, for anyone appointed as a SENCO from 1 September 2024. If you started the Award before then, or already hold it, it still counts; otherwise make sure you are registered for the NPQ for SENCOs.',
      span: mention?.span ?? doc.title?.span ?? { start: 0, end: 0 },
    });
  },
};
