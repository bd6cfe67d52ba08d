import type { Rule, RuleContext } from '../engine/rule.js';
import type { Section } from '../engine/sections.js';
import type { RequirementItem } from '../engine/standards.js';
import type { CoverageResult, Fix } from '../engine/types.js';
import { applicableStandards } from '../engine/coverage.js';

const escapeSnippet = (s: string) => s.replace(/[$}\\]/g, '\\$&');

/** The snippet inserted by the quick fix: a heading plus prompts as tab stops. */
/**
 * The snippet inserted by the quick fix: a heading plus prompts as tab stops. Prompts stay in square
 * brackets so that, until they are replaced, they read as template text and do not count as content.
 */
export function snippetFor(item: RequirementItem, headingLevel: number): { plain: string; snippet: string } {
  const hashes = '#'.repeat(Math.max(2, Math.min(headingLevel, 6)));
  const plain = `${hashes} ${item.snippet.heading}\n\n${promptsPlain(item)}\n`;
  const snippet = `${hashes} ${escapeSnippet(item.snippet.heading)}\n\n${promptsSnippet(item)}\n`;
  return { plain, snippet };
}

const promptsPlain = (item: RequirementItem) => item.snippet.prompts.map((p) => `[${p}]`).join('\n\n');
const promptsSnippet = (item: RequirementItem) => item.snippet.prompts.map((p, i) => `\${${i + 1}:[${escapeSnippet(p)}]}`).join('\n\n');

/** The innermost Markdown-headed section (below the title) that contains an offset. */
function sectionAt(sections: Section[], offset: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) {
    if (s.heading?.source !== 'markdown' || s.level < 2) continue;
    if (s.span.start <= offset && offset < s.span.end && (!best || s.level >= best.level)) best = s;
  }
  return best;
}

/**
 * Where a new section goes: after the section covering the nearest earlier item of the same standard
 * (so the report keeps the law's order), else at the end of the document.
 */
function insertionPoint(context: RuleContext, requirement: string, coverage: CoverageResult[]): { offset: number; level: number } {
  const { doc } = context;
  const prefix = requirement.slice(0, requirement.lastIndexOf('/') + 1);
  const same = coverage.filter((c) => c.requirement.startsWith(prefix));
  const before = same.slice(0, same.findIndex((c) => c.requirement === requirement)).reverse();
  const defaultLevel = doc.sections.find((s) => s.heading?.source === 'markdown' && s.level >= 2)?.level ?? 2;
  for (const related of before) {
    if (related.status !== 'covered' || !related.evidence) continue;
    const section = sectionAt(doc.sections, doc.lines.offsetAt(related.evidence.start));
    if (section) return { offset: section.span.end, level: section.level };
  }
  return { offset: doc.text.length, level: defaultLevel };
}

function insertionFix(context: RuleContext, item: RequirementItem, requirement: string, coverage: CoverageResult[]): Fix {
  const { doc } = context;
  const { offset, level } = insertionPoint(context, requirement, coverage);
  const atEnd = offset >= doc.text.length;
  const before = doc.text.slice(0, offset);
  const lead = before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = atEnd ? '' : '\n';
  const { plain, snippet } = snippetFor(item, level);
  const position = doc.lines.positionAt(offset);
  return {
    title: `Add a section: "${item.snippet.heading}"`,
    edits: [{ range: { start: position, end: position }, newText: lead + plain + trail }],
    snippet: lead + snippet + trail,
    safe: false,
  };
}

/** For a thin attempt: prompts added at the end of the section that is there. */
function completionFix(context: RuleContext, item: RequirementItem, result: CoverageResult): Fix | null {
  if (!result.evidence) return null;
  const { doc } = context;
  const end = doc.lines.offsetAt(result.evidence.end);
  const position = doc.lines.positionAt(end);
  return {
    title: `Add what is missing: ${item.title ?? item.id}`,
    edits: [{ range: { start: position, end: position }, newText: `\n\n${promptsPlain(item)}` }],
    snippet: `\n\n${promptsSnippet(item)}`,
    safe: false,
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export const missingRequirement: Rule = {
  meta: {
    id: 'missing-requirement',
    defaultSeverity: 'error',
    description: 'A statutory or expected item of content is missing from the document, or is there but incomplete.',
    citation: 'SEND Regulations 2014, Schedule 1; Children and Families Act 2014, s.69',
    docs: {
      checks:
        'For each item the law (or the SEND Code of Practice) says the document must or should contain, whether the document genuinely addresses it. A heading with nothing real under it, placeholder text such as "TBC", an entry in a contents list, or "see the trust policy" does not count. One real sentence that answers the item does.',
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
      // Items another rule reports (such as the Local Offer link) are not reported twice.
      if (!item || item.checkedBy) continue;
      const what = lowerFirst(item.summary.replace(/\.$/, ''));
      const who = item.obligation === 'must' ? 'The law requires this' : 'The SEND Code of Practice expects this';
      const label = item.title ?? item.id;
      const message =
        result.status === 'partial'
          ? `Incomplete: ${label}. The document should say ${what}. ${result.reason ?? ''} ${who} (${item.citation}).`
          : `Missing: ${label}. The document should say ${what}, and no section or passage does. ${who} (${item.citation}).`;
      const completion = result.status === 'partial' ? completionFix(context, item, result) : null;
      context.report({
        message: message.replace(/\s+/g, ' '),
        span: titleSpan,
        citation: item.citation,
        requirement: result.requirement,
        severity: item.obligation === 'must' ? 'error' : 'warning',
        fixes: completion ? [completion, insertionFix(context, item, result.requirement, coverage)] : [insertionFix(context, item, result.requirement, coverage)],
      });
    }
  },
};
