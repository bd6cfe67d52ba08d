import type { Rule, RuleContext } from '../engine/rule.js';
import type { Span } from '../engine/types.js';
import { MONEY, actionPlanTemplate, readFields, readPlanTable, realText, type PlanTable } from '../engine/action-plan.js';
import { parseDateRange, parseLooseDate, type RangeReading } from '../engine/loose-dates.js';
import type { TableRow } from '../engine/tables.js';

const day = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const labelOf = (id: string) => actionPlanTemplate.columns.find((c) => c.id === id)!.label;

function checkFields(context: RuleContext): void {
  const fields = readFields(context.doc);
  const titleSpan = context.doc.title?.span ?? { start: 0, end: 0 };
  for (const field of actionPlanTemplate.fields) {
    const reading = fields.get(field.id);
    if (!reading) {
      context.report({ message: `The plan does not give the ${field.label.toLowerCase()}. Add it ${field.why}.`, span: titleSpan, subject: field.id });
    } else if (!reading.value) {
      context.report({ message: `"${field.label}" is there but empty. Fill it in ${field.why}.`, span: reading.span, subject: field.id });
    } else if (field.value === 'date' && !parseLooseDate(reading.value)) {
      context.report({
        message: `sendlint cannot read "${reading.value}" as a date. Write the ${field.label.toLowerCase()} as a full date, for example "1 September 2026".`,
        span: reading.valueSpan,
        subject: field.id,
      });
    }
  }
}

function rowName(plan: PlanTable, row: TableRow): string {
  const aim = plan.columns.get('aim');
  const text = aim === undefined ? '' : realText(row.cells[aim]?.text ?? '');
  return text ? `the aim "${text.length > 60 ? `${text.slice(0, 57)}...` : text}"` : 'a row of the plan';
}

function cellSpan(row: TableRow, index: number): Span {
  return row.cells[index]?.span ?? row.span;
}

function checkDates(context: RuleContext, name: string, reading: RangeReading, span: Span): void {
  if ('unreadable' in reading) {
    context.report({
      message: `The timescale for ${name} has a date sendlint cannot read ("${reading.unreadable}"). Give a start and an end date with the year, for example "September 2026 to July 2027".`,
      span,
      subject: 'timescale',
    });
  } else if (reading.end < reading.start) {
    context.report({
      message: `The timescale for ${name} ends (${day(reading.end)}) before it starts (${day(reading.start)}).`,
      span,
      subject: 'timescale',
    });
  }
}

function checkRow(context: RuleContext, plan: PlanTable, row: TableRow): void {
  const name = rowName(plan, row);
  const text = (id: string) => realText(row.cells[plan.columns.get(id)!]?.text ?? '');
  for (const [id, index] of plan.columns) {
    if (text(id)) continue;
    const evaluation = actionPlanTemplate.columns.find((c) => c.id === id)?.role === 'evaluation';
    context.report({
      message: evaluation
        ? `The evaluation for ${name} is empty. Once the actions are done, say how far the aim was met against the success criteria.`
        : `The "${labelOf(id)}" cell for ${name} is empty.`,
      span: cellSpan(row, index),
      subject: id,
      severity: evaluation ? 'info' : undefined,
    });
  }
  if (plan.columns.has('timescale') && text('timescale')) {
    checkDates(context, name, parseDateRange(text('timescale')), cellSpan(row, plan.columns.get('timescale')!));
  } else if (plan.columns.has('start') && plan.columns.has('end') && text('start') && text('end')) {
    const start = parseLooseDate(text('start'));
    const end = parseLooseDate(text('end'), true);
    const reading: RangeReading = !start ? { unreadable: text('start') } : !end ? { unreadable: text('end') } : { start, end };
    checkDates(context, name, reading, row.span);
  }
  if (plan.columns.has('resources') && text('resources') && !MONEY.test(text('resources'))) {
    context.report({
      message: `The resources for ${name} do not say what they cost. Give the cost in £ (or "no cost"), and the staff time.`,
      span: cellSpan(row, plan.columns.get('resources')!),
      subject: 'resources',
    });
  }
}

function checkTable(context: RuleContext, plan: PlanTable | null): void {
  const titleSpan = context.doc.title?.span ?? { start: 0, end: 0 };
  if (!plan) {
    const columns = actionPlanTemplate.columns.filter((c) => !c.optional).map((c) => c.label.toLowerCase());
    context.report({ message: `The plan has no action table. Add a table with one row per aim and columns for ${columns.join(', ')}.`, span: titleSpan, subject: 'table' });
    return;
  }
  const hasTimescale = plan.columns.has('timescale') || (plan.columns.has('start') && plan.columns.has('end'));
  const missing = actionPlanTemplate.columns.filter((c) => !c.optional && !plan.columns.has(c.id)).map((c) => c.id);
  if (!hasTimescale) missing.push('timescale');
  for (const id of missing) {
    context.report({ message: `The action table has no "${labelOf(id)}" column.`, span: plan.table.rows[0]?.span ?? plan.table.span, subject: id });
  }
  for (const row of plan.rows) checkRow(context, plan, row);
}

function checkTotal(context: RuleContext, plan: PlanTable | null): void {
  const total = new RegExp(`(?:${actionPlanTemplate.totalCost.match})\\b[^\\n]*`, 'iu');
  const line = context.doc.blocks.find((b) => b.kind !== 'tableRow' && total.test(b.text));
  const text = plan?.totalRow ? plan.totalRow.cells.map((c) => c.text).join(' ') : line?.text;
  const span = plan?.totalRow?.span ?? line?.span;
  if (text === undefined || !span) {
    context.report({ message: 'The plan does not give a total cost. Add up the cost of the resources for every aim.', span: plan?.table.span ?? context.doc.title?.span ?? { start: 0, end: 0 }, subject: 'total-cost' });
  } else if (!/£\s?\d|\d\s?(?:pounds|GBP)\b|\b(?:no cost|nil)\b/i.test(text)) {
    context.report({ message: 'The total cost has no amount. Give it in £.', span, subject: 'total-cost' });
  }
}

export const actionPlanTable: Rule = {
  meta: {
    id: 'action-plan-table',
    defaultSeverity: 'warning',
    description: 'An SEN action plan is missing a part of the template (date, lead, link to the school improvement plan, success criteria, a column, a cost or the total), has empty cells, or has dates that are unreadable or end before they start.',
    citation: actionPlanTemplate.citation,
    docs: {
      checks:
        'In an SEN action plan (frontmatter `type: sen-action-plan`, or a document titled as an action plan): the date of the plan, the lead person, the link to the school improvement plan and the success criteria; a table with one row per aim and columns for actions, persons involved, timescale (or start and end dates), resources with their cost, monitoring (who, when, how) and evaluation; every cell filled in (an empty evaluation is only a reminder); dates that can be read and do not end before they start; a cost for each row\'s resources; and a total cost.',
      why: 'An action plan is how governors and leaders see what will be done to improve provision, by whom, by when and at what cost. A missing person, date or cost is the part that lets a plan drift.',
      example: '---\ntype: sen-action-plan\n---\n\n| Aim | Actions | Persons involved | Timescale | Resources | Monitoring | Evaluation |\n| --- | --- | --- | --- | --- | --- | --- |\n| Improve reading | Train staff | | July 2027 to September 2026 | Books | SENCO, termly | |',
      fix: 'Fill in the empty cells, give each timescale as "start to end" with the year, give each resource a cost in £, and add a total cost row.',
    },
  },
  check(context) {
    if (context.facts.kind !== 'sen-action-plan') return;
    checkFields(context);
    const plan = readPlanTable(context.doc);
    checkTable(context, plan);
    checkTotal(context, plan);
  },
};
