import type { Rule, RuleContext } from '../engine/rule.js';
import type { Fix } from '../engine/types.js';
import { readSelfReview, selfReviewData, type FormRow, type SelfReviewStandard } from '../engine/self-review.js';
import { blankSelfReviewGroup } from '../engine/templates.js';
import { lineEnd } from '../engine/tables.js';

const quote = (s: string) => `"${s}"`;
const statusList = () => selfReviewData.statuses.map(quote).join(' or ');
const needsEvidence = () => selfReviewData.statuses[selfReviewData.statuses.length - 1]!;

function insertAtEnd(context: RuleContext, title: string, text: string): Fix {
  const { doc } = context;
  const separator = doc.text.endsWith('\n\n') ? '' : doc.text.endsWith('\n') ? '\n' : '\n\n';
  const position = doc.lines.positionAt(doc.text.length);
  return { title, edits: [{ range: { start: position, end: position }, newText: separator + text }], safe: false };
}

/** A row for the standard in the same layout as a row already in the table (same cell count, number first). */
function insertRow(context: RuleContext, standard: SelfReviewStandard, after: FormRow): Fix | null {
  const { table } = after;
  if (!table) return null;
  const cells = table.header.map(() => '');
  const numbered = /^\W*\d[a-g]?\.\d{1,2}\W*$/i.test(after.cells?.[0] ?? '');
  cells[0] = numbered ? standard.id : `${standard.id} ${standard.text}`;
  if (numbered && cells.length > 1) cells[1] = standard.text;
  const at = lineEnd(context.doc.text, after.span.start);
  const position = context.doc.lines.positionAt(at);
  return {
    title: `Add standard ${standard.id} to the form`,
    edits: [{ range: { start: position, end: position }, newText: `\n| ${cells.join(' | ')} |` }],
    safe: false,
  };
}

function reportMissing(context: RuleContext, rows: FormRow[]): void {
  const given = new Set(rows.map((r) => r.standard));
  const titleSpan = context.doc.title?.span ?? { start: 0, end: 0 };
  for (const group of selfReviewData.groups) {
    const missing = group.standards.filter((s) => !given.has(s));
    if (missing.length === 0) continue;
    if (missing.length === group.standards.length) {
      context.report({
        message: `The form leaves out all ${group.standards.length} standards in "${group.title}" (${group.id}) of the ${selfReviewData.title}. Add them and rate each one ${statusList()}.`,
        span: titleSpan,
        subject: group.id,
        fixes: [insertAtEnd(context, `Add the "${group.title}" standards`, blankSelfReviewGroup(group))],
      });
      continue;
    }
    const lastOfGroup = rows.filter((r) => r.group === group).pop()!;
    for (const standard of missing) {
      const fix = insertRow(context, standard, lastOfGroup);
      context.report({
        message: `Standard ${standard.id} is not in the form: "${standard.text}" (${group.title}). Add it and rate it ${statusList()}.`,
        span: titleSpan,
        subject: standard.id,
        fixes: fix ? [fix] : undefined,
      });
    }
  }
}

function reportRow(context: RuleContext, row: FormRow): void {
  const name = `Standard ${row.standard.id} ("${row.standard.text}")`;
  const { status } = row;
  const say = (message: string) => context.report({ message, span: row.span, subject: row.standard.id });
  if (status.kind === 'none') say(`${name} has no status. Rate it ${statusList()}.`);
  else if (status.kind === 'both') say(`${name} is marked both ${statusList().replace(' or ', ' and ')}. Choose one.`);
  else if (status.kind === 'unknown') say(`${name} has the status "${status.text}", which the form does not use. Rate it ${statusList()}.`);
  else if (status.status === needsEvidence() && !row.evidence) {
    say(`${name} is marked "${needsEvidence()}" but gives no evidence. Say what shows it: a document, a meeting, data or feedback.`);
  }
}

export const selfReviewStatus: Rule = {
  meta: {
    id: 'self-review-status',
    defaultSeverity: 'warning',
    description: 'A SENCO self-review leaves out a standard, leaves a standard unrated, or marks one "mainly achieved" without evidence.',
    citation: selfReviewData.citation,
    docs: {
      checks:
        'In a SENCO self-review (frontmatter `type: senco-self-review`, or a document titled as a self-review), whether every one of the Standards for SEN Co-ordinators in Wales is in the form, whether each has a status ("working on" or "mainly achieved", in one Status column or as a mark in one of two columns), and whether each standard marked "mainly achieved" gives evidence. Standards are recognised by their number (1.1, 2a.3 ...) or by their wording, either ours or the original.',
      why: 'A self-review is only useful when it covers the whole role and each judgement can be backed up. A standard left out or unrated is a gap nobody has looked at; "mainly achieved" without evidence is a claim a line manager or inspector cannot check.',
      example: '---\ntype: senco-self-review\n---\n\n| No. | Standard | Status | Evidence |\n| --- | --- | --- | --- |\n| 1.1 | Drawing up a whole-school strategy for special education | mainly achieved | |',
      fix: 'Add the missing standards (a quick fix inserts the row, or the whole group), rate each one, and for every "mainly achieved" name the evidence.',
    },
  },
  check(context) {
    if (context.facts.kind !== 'senco-self-review') return;
    const rows = readSelfReview(context.doc);
    reportMissing(context, rows);
    for (const row of rows) reportRow(context, row);
  },
};
