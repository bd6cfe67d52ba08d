import { actionPlanTemplate, readFields, readPlanTable, realText, type PlanTable } from '../engine/action-plan.js';
import { applicableStandards } from '../engine/coverage.js';
import { readSelfReview, selfReviewData, type FormRow, type SelfReviewStandard } from '../engine/self-review.js';
import { standards, type RequirementItem, type RequirementStandard } from '../engine/standards.js';
import { outlineFor } from '../engine/templates.js';
import type { DocumentKind, Finding, Range, Span } from '../engine/types.js';
import type { Analysis } from './analysis.js';
import type { ActionPlanCoverage, ActionPlanPart, CoverageItem, CoverageResponse, SelfReviewCoverage, SelfReviewEntry } from './protocol.js';

/**
 * What the coverage view, the status bar and the code lens show for each kind of document: the requirement
 * checklists of reports, policies, job descriptions and qualification evidence; each standard of a SENCO
 * self-review; each part of an action plan; or, for a Wales ALN policy, why there is no checklist.
 */

/** Every requirement item by its "<standard>/<item>" id. */
const items = new Map<string, { standard: RequirementStandard; item: RequirementItem }>(
  standards.requirements.flatMap((standard) => standard.items.map((item) => [`${standard.id}/${item.id}`, { standard, item }] as const)),
);

export function requirementItem(requirement: string): { standard: RequirementStandard; item: RequirementItem } | undefined {
  return items.get(requirement);
}

const COUNT_LABELS: Partial<Record<DocumentKind, string>> = {
  // Some policy items are good practice from local authority checklists, not statute.
  'sen-policy': 'policy items covered',
  'senco-job-description': 'job description items covered',
  'senco-qualification-evidence': 'learning outcome areas with evidence',
  'senco-self-review': 'standards complete',
  'sen-action-plan': 'plan parts complete',
};

export function coverageResponse(analysis: Analysis): CoverageResponse {
  const { result } = analysis;
  const kind = result.documentKind;
  const base = { uri: analysis.uri, documentKind: kind, setting: result.setting, jurisdiction: result.jurisdiction, countLabel: COUNT_LABELS[kind] ?? 'statutory items covered' };
  if (kind === 'senco-self-review') {
    const selfReview = selfReviewCoverage(analysis);
    const entries = selfReview.groups.flatMap((g) => g.standards);
    return { ...base, covered: entries.filter((e) => e.complete).length, applicable: entries.length, items: [], selfReview };
  }
  if (kind === 'sen-action-plan') {
    const actionPlan = actionPlanCoverage(analysis);
    const parts = [...actionPlan.fields, actionPlan.table, ...actionPlan.aims, actionPlan.totalCost];
    return { ...base, covered: parts.filter((p) => p.complete).length, applicable: parts.length, items: [], actionPlan };
  }
  const list = requirementCoverage(analysis);
  const applicable = list.filter((i) => i.status !== 'not-applicable');
  const response: CoverageResponse = { ...base, covered: applicable.filter((i) => i.status === 'covered').length, applicable: applicable.length, items: list };
  // A Welsh document has no statutory checklist (England's never applies); the ALN outline says why.
  const outline = list.length === 0 ? (outlineFor(kind) ?? (result.jurisdiction === 'wales' ? outlineFor('aln-policy') : undefined)) : undefined;
  if (outline) response.noChecklist = { why: outline.noChecklist, checkedInstead: outline.checkedInstead };
  return response;
}

function requirementCoverage({ result }: Analysis): CoverageItem[] {
  return result.coverage.flatMap((c) => {
    const found = items.get(c.requirement);
    if (!found) return [];
    const { item, standard } = found;
    const entry: CoverageItem = { requirement: c.requirement, standard: standard.title, title: item.title ?? item.id, citation: item.citation, summary: item.summary, status: c.status, evidence: c.evidence };
    if (c.reason) entry.reason = c.reason;
    return [entry];
  });
}

function selfReviewCoverage({ model }: Analysis): SelfReviewCoverage {
  const needsEvidence = selfReviewData.statuses[selfReviewData.statuses.length - 1];
  // A standard given twice is judged by its first row, as the form is read top to bottom.
  const rows = new Map<SelfReviewStandard, FormRow>();
  for (const row of readSelfReview(model)) if (!rows.has(row.standard)) rows.set(row.standard, row);
  const entry = (standard: SelfReviewStandard): SelfReviewEntry => {
    const row = rows.get(standard);
    if (!row) return { id: standard.id, text: standard.text, state: 'not-in-form', evidence: '', evidenceNeeded: false, complete: false };
    const status = row.status.kind === 'rated' ? row.status.status : undefined;
    const evidenceNeeded = status === needsEvidence;
    return {
      id: standard.id,
      text: standard.text,
      state: status ? 'rated' : row.status.kind === 'none' ? 'no-status' : 'unclear',
      ...(status ? { status } : {}),
      evidence: row.evidence,
      evidenceNeeded,
      complete: !!status && (!evidenceNeeded || row.evidence !== ''),
      range: model.lines.rangeOf(row.span),
    };
  };
  return {
    title: selfReviewData.title,
    citation: selfReviewData.citation,
    statuses: selfReviewData.statuses,
    groups: selfReviewData.groups.map((g) => ({ id: g.id, title: g.title, standards: g.standards.map(entry) })),
  };
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

/**
 * The action plan's parts, judged by the action-plan-table rule: a part is complete when the rule has nothing
 * to say about it, and the rule's messages are what is left to do.
 */
function actionPlanCoverage({ model, result }: Analysis): ActionPlanCoverage {
  const findings = result.findings.filter((f) => f.ruleId === 'action-plan-table');
  const plan = readPlanTable(model);
  const rows = plan?.rows ?? [];
  const inside = (f: Finding, span: Span) => {
    const offset = model.lines.offsetAt(f.range.start);
    return span.start <= offset && offset < span.end;
  };
  const part = (label: string, mine: Finding[], extra: Partial<ActionPlanPart> = {}): ActionPlanPart => ({
    label,
    complete: mine.length === 0,
    problems: mine.map((f) => f.message),
    ...extra,
  });
  const fieldReadings = readFields(model);
  const fields = actionPlanTemplate.fields.map((field) => {
    const reading = fieldReadings.get(field.id);
    return part(field.label, findings.filter((f) => f.subject === field.id), reading ? { value: shorten(reading.value), range: model.lines.rangeOf(reading.span) } : {});
  });
  // The rule reports a missing column on the table's first row, so those findings are told apart by subject.
  const missingColumns = new Set(plan ? missingColumnsOf(plan) : []);
  const tableFindings = findings.filter((f) => f.subject === 'table' || (f.subject !== undefined && missingColumns.has(f.subject)));
  const table = part('Action table', tableFindings, plan ? { range: model.lines.rangeOf(plan.table.span) } : {});
  const aimColumn = plan?.columns.get('aim');
  const aims = rows.map((row, i) => {
    const name = realText(aimColumn === undefined ? '' : (row.cells[aimColumn]?.text ?? ''));
    const mine = findings.filter((f) => inside(f, row.span) && !tableFindings.includes(f));
    return part(name ? `Aim: ${shorten(name)}` : `Row ${i + 1} of the plan`, mine, { range: model.lines.rangeOf(row.span) });
  });
  const total = findings.filter((f) => f.subject === 'total-cost');
  const totalCost = part('Total cost', total, total[0] ? { range: total[0].range } : plan?.totalRow ? { range: model.lines.rangeOf(plan.totalRow.span) } : {});
  return { title: actionPlanTemplate.title, citation: actionPlanTemplate.citation, fields, table, aims, totalCost };
}

/** Ids of the template's required columns the plan's table lacks (a timescale may be given as start and end). */
function missingColumnsOf(plan: PlanTable): string[] {
  const missing = actionPlanTemplate.columns.filter((c) => !c.optional && !plan.columns.has(c.id)).map((c) => c.id);
  if (!plan.columns.has('timescale') && !(plan.columns.has('start') && plan.columns.has('end'))) missing.push('timescale');
  return missing;
}

/** The code lens titles at the top of a document: one per checklist, or why there is none. */
export function coverageLensTitles(analysis: Analysis): string[] {
  const coverage = coverageResponse(analysis);
  if (coverage.selfReview) return [`${coverage.selfReview.title}: ${coverage.covered} of ${coverage.applicable} standards complete`];
  if (coverage.actionPlan) return [`${coverage.actionPlan.title}: ${coverage.covered} of ${coverage.applicable} parts complete`];
  if (coverage.noChecklist) return ['No statutory checklist applies to this document: see why, and what sendlint checks instead'];
  return coverageByStandard(analysis)
    .filter((s) => s.applicable > 0)
    .map((s) => `${s.title}: ${s.covered} of ${s.applicable} items covered`);
}

/** Per applicable standard: its title and counts, for the code lens. */
export function coverageByStandard(analysis: Analysis): { title: string; covered: number; applicable: number }[] {
  const facts = { kind: analysis.result.documentKind, setting: analysis.result.setting, jurisdiction: analysis.result.jurisdiction, inferred: analysis.result.inferred };
  return applicableStandards(standards, facts).map((standard) => {
    const mine = analysis.result.coverage.filter((c) => c.requirement.startsWith(`${standard.id}/`) && c.status !== 'not-applicable');
    return { title: standard.title, covered: mine.filter((c) => c.status === 'covered').length, applicable: mine.length };
  });
}

/** Requirement items whose evidence is the section starting at `range` (a heading's section). */
export function itemsCoveredAt(analysis: Analysis, range: Range): RequirementItem[] {
  return analysis.result.coverage
    .filter((c) => (c.status === 'covered' || c.status === 'partial') && c.evidence && c.evidence.start.line === range.start.line && c.evidence.start.character === range.start.character)
    .flatMap((c) => {
      const found = items.get(c.requirement);
      return found ? [found.item] : [];
    });
}
