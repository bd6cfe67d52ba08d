import type { Rule, RuleContext } from '../engine/rule.js';
import type { RequirementItem } from '../engine/standards.js';
import type { Fix } from '../engine/types.js';
import { applicableStandards } from '../engine/coverage.js';

/** The snippet inserted by the quick fix: a heading plus prompts as tab stops. */
export function snippetFor(item: RequirementItem, headingLevel: number): { plain: string; snippet: string } {
  const hashes = '#'.repeat(Math.max(2, Math.min(headingLevel, 6)));
  const escape = (s: string) => s.replace(/[$}\\]/g, '\\$&');
  const plain = `${hashes} ${item.snippet.heading}\n\n${item.snippet.prompts.join('\n\n')}\n`;
  const snippet = `${hashes} ${escape(item.snippet.heading)}\n\n${item.snippet.prompts
    .map((p, i) => `\${${i + 1}:${escape(p)}}`)
    .join('\n\n')}\n`;
  return { plain, snippet };
}

function insertionFix(context: RuleContext, item: RequirementItem): Fix {
  const { doc } = context;
  const end = doc.text.length;
  const level = doc.sections.find((s) => s.heading?.source === 'markdown' && s.level >= 2)?.level ?? 2;
  const separator = doc.text.endsWith('\n\n') ? '' : doc.text.endsWith('\n') ? '\n' : '\n\n';
  const { plain, snippet } = snippetFor(item, level);
  const position = doc.lines.positionAt(end);
  return {
    title: `Add a section: "${item.snippet.heading}"`,
    edits: [{ range: { start: position, end: position }, newText: separator + plain }],
    snippet: separator + snippet,
    safe: false,
  };
}

export const missingRequirement: Rule = {
  meta: {
    id: 'missing-requirement',
    defaultSeverity: 'error',
    description: 'A statutory or expected item of content is missing from the document.',
    citation: 'SEND Regulations 2014, Schedule 1; Children and Families Act 2014, s.69',
    docs: {
      checks:
        'For each item the law (or the SEND Code of Practice) says the document must or should contain, whether the document genuinely addresses it. A heading with nothing real under it, an entry in a contents list, or "see the trust policy" does not count.',
      why: 'Every maintained school, maintained nursery school and academy in England must publish an SEN information report containing the items in Schedule 1 of the SEND Regulations 2014 and the Equality Act information in section 69 of the Children and Families Act 2014. Parents rely on it, and Ofsted reads it before an inspection.',
      example: '# SEN Information Report\n\n## Who is the SENCO?\n\nOur SENCO is Ms A Patel (senco@example.sch.uk).\n\n<!-- no section on complaints: item 9 is reported -->',
      fix: 'Use the quick fix to insert a section with prompts for what to write, then answer the prompts in plain English. If the information is in another document, summarise it here and link to it.',
    },
  },
  check(context) {
    const coverage = context.coverage();
    const items = new Map(
      applicableStandards(context.standards, context.facts).flatMap((s) => s.items.map((i): [string, RequirementItem] => [`${s.id}/${i.id}`, i])),
    );
    const titleSpan = context.doc.title?.span ?? { start: 0, end: 0 };
    for (const result of coverage) {
      if (result.status !== 'missing' && result.status !== 'partial') continue;
      const item = items.get(result.requirement);
      if (!item) continue;
      const what = item.summary.replace(/\.$/, '');
      const obligation = item.obligation === 'must' ? 'The law requires this' : 'The SEND Code of Practice expects this';
      const reason = result.reason ? ` ${result.reason}` : '';
      context.report({
        message: `Missing: ${item.title ?? item.id}. The document should say ${what.charAt(0).toLowerCase()}${what.slice(1)}.${reason} ${obligation} (${item.citation}).`,
        span: titleSpan,
        citation: item.citation,
        requirement: result.requirement,
        severity: item.obligation === 'must' ? 'error' : 'warning',
        fixes: [insertionFix(context, item)],
      });
    }
  },
};
