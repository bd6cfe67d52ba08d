import { actionPlanTemplate } from './action-plan.js';
import { KNOWN_SETTINGS } from './facts.js';
import { selfReviewData, type SelfReviewGroup } from './self-review.js';
import { standards, type RequirementItem } from './standards.js';
import type { DocumentKind, Jurisdiction } from './types.js';

/**
 * New documents generated from the standards data, for the editor's "New SEN document" command and for
 * quick fixes. Every prompt is in square brackets: until it is replaced, the coverage checks read it as
 * template text, not as content, so a new document shows exactly what is left to write.
 */

/** The kinds a new document can be started as, in the order the editor lists them. */
export const TEMPLATE_KINDS = [
  'sen-information-report',
  'sen-policy',
  'combined',
  'aln-policy',
  'senco-job-description',
  'senco-self-review',
  'senco-qualification-evidence',
  'sen-action-plan',
] as const satisfies readonly DocumentKind[];

export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface TemplateOptions {
  /** The day the document is started (YYYY-MM-DD), written as its publication date; none when omitted. */
  today?: string;
}

/** The outline of a kind with no checklist (standards/aln-policy-outline.yaml): sections, and why there is no checklist. */
export interface DocumentOutline {
  id: string;
  title: string;
  documentKind: string;
  jurisdiction?: Jurisdiction;
  source: string;
  noChecklist: string;
  checkedInstead: string[];
  sections: { heading: string; prompts: string[] }[];
}

const outlines = (standards.data.get('document-outline') ?? []) as unknown as DocumentOutline[];

export function outlineFor(kind: DocumentKind): DocumentOutline | undefined {
  return outlines.find((o) => o.documentKind === kind);
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');
const prompt = (text: string) => `[${text}]`;

/** A heading and its prompts, as the missing-requirement quick fix inserts them. */
function section(heading: string, prompts: string[], level = 2): string {
  return `${'#'.repeat(level)} ${heading}\n\n${prompts.map(prompt).join('\n\n')}\n`;
}

function frontmatter(kind: TemplateKind, extra: string[] = []): string {
  return ['---', `type: ${kind}`, ...extra, '---', ''].join('\n');
}

/** One group of the self-review form: a heading, its lead-in and a table with a row per standard. */
export function blankSelfReviewGroup(group: SelfReviewGroup): string {
  const rows = group.standards.map((s) => `| ${s.id} | ${escapeCell(s.text)} | | |`);
  return [
    `## ${group.id}. ${group.title}`,
    '',
    ...(group.lead ? [`*${group.lead.replace(/[\s,:]+$/, '')}:*`, ''] : []),
    '| No. | Standard | Status | Evidence |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** The whole SENCO self-review form against the Standards for SEN Co-ordinators in Wales, ready to fill in. */
export function blankSelfReviewForm(): string {
  const [lowest, highest] = [selfReviewData.statuses[0]!, selfReviewData.statuses[selfReviewData.statuses.length - 1]!];
  return [
    frontmatter('senco-self-review'),
    '# Self-review against the Wales standards for special educational needs co-ordinators',
    '',
    `This form is for special educational needs co-ordinators (SENCOs), who co-ordinate support for pupils with special educational needs (SEN). It follows the ${selfReviewData.title}.`,
    '',
    '**Name:** ',
    '',
    '**Date of review:** ',
    '',
    `For each standard, write "${lowest}" or "${highest}" in the Status column. For every standard marked "${highest}", say in the Evidence column what shows it (a document, a meeting, data, feedback).`,
    '',
    ...selfReviewData.groups.map(blankSelfReviewGroup),
  ].join('\n');
}

/** Titles and opening guidance of the kinds checked against requirement lists (standards/*.yaml, kind: requirements). */
const REQUIREMENT_KINDS = {
  'sen-information-report': {
    title: '[School name]: SEN information report',
    intro: 'This report tells parents how the school supports children with special educational needs (SEN) and who the special educational needs co-ordinator (SENCO) is. Replace every prompt in square brackets with your school’s own words, in plain English, and update the report every year.',
  },
  'sen-policy': {
    title: '[School name]: SEN policy',
    intro: 'This policy sets out how the school meets the needs of pupils with special educational needs (SEN). Replace every prompt in square brackets with your school’s own words.',
  },
  combined: {
    title: '[School name]: SEN policy and information report',
    intro: 'This document is both the school’s policy for pupils with special educational needs (SEN) and its SEN information report. It tells parents how the school supports their child and who the special educational needs co-ordinator (SENCO) is. Replace every prompt in square brackets with your school’s own words, in plain English.',
  },
  'senco-job-description': {
    title: '[School name]: job description for the special educational needs co-ordinator (SENCO)',
    intro: 'This job description is for the teacher who leads the school’s work for pupils with special educational needs and disabilities (SEND). Replace every prompt in square brackets with what the post at your school involves.',
  },
  'senco-qualification-evidence': {
    title: 'Special educational needs co-ordinator (SENCO) qualification: evidence portfolio',
    intro: 'For each area of learning outcomes, replace the prompts in square brackets with evidence: what you did, when, and the document or record that shows it.',
  },
} as const;

const SETTING_CHOICE = `# setting: write one of ${KNOWN_SETTINGS.join(', ')} here, then take out the # at the start of this line`;

type RequirementKind = keyof typeof REQUIREMENT_KINDS;

const isRequirementKind = (kind: TemplateKind): kind is RequirementKind => kind in REQUIREMENT_KINDS;

/** Items of every requirement list for the kind, in the order of the standards files. */
export function requirementItemsFor(kind: DocumentKind, jurisdiction: Jurisdiction = 'england'): RequirementItem[] {
  return standards.requirements
    .filter((s) => s.appliesTo.kinds.includes(kind) && (!s.appliesTo.jurisdictions || s.appliesTo.jurisdictions.includes(jurisdiction)))
    .flatMap((s) => s.items);
}

function requirementTemplate(kind: RequirementKind, options: TemplateOptions): string {
  const { title, intro } = REQUIREMENT_KINDS[kind];
  const published = options.today ? [`published: ${options.today}`] : [];
  // Which items apply depends on the setting, which only the school knows: the line shows the choices.
  const setting = kind === 'sen-information-report' || kind === 'combined' || kind === 'sen-policy' ? [SETTING_CHOICE] : [];
  const forSchools = kind === 'senco-qualification-evidence' ? [] : ['jurisdiction: england', ...setting, ...published];
  return [
    frontmatter(kind, forSchools),
    `# ${title}`,
    '',
    intro,
    '',
    ...sectionsFor(requirementItemsFor(kind)).map((s) => section(s.heading, s.prompts)),
  ].join('\n');
}

/** One section per snippet heading: items that share a heading (the Local Offer in two lists) share its section. */
function sectionsFor(items: RequirementItem[]): { heading: string; prompts: string[] }[] {
  const sections = new Map<string, string[]>();
  for (const { snippet } of items) {
    const prompts = sections.get(snippet.heading) ?? [];
    prompts.push(...snippet.prompts.filter((p) => !prompts.includes(p)));
    sections.set(snippet.heading, prompts);
  }
  return [...sections].map(([heading, prompts]) => ({ heading, prompts }));
}

function outlineTemplate(outline: DocumentOutline, options: TemplateOptions): string {
  const extra = [...(outline.jurisdiction ? [`jurisdiction: ${outline.jurisdiction}`] : []), ...(options.today ? [`published: ${options.today}`] : [])];
  return [
    frontmatter(outline.documentKind as TemplateKind, extra),
    `# [School name]: ${outline.title}`,
    '',
    'Replace every prompt in square brackets with your school’s own words.',
    '',
    ...outline.sections.map((s) => section(s.heading, s.prompts)),
  ].join('\n');
}

/** The SEN action plan template: the fields above the table, then one row per aim and a total cost row. */
function actionPlan(): string {
  const { fields, columns } = actionPlanTemplate;
  // A timescale column gives both dates; separate start and end columns are an alternative some plans use.
  const shown = columns.filter((c) => c.role !== 'start' && c.role !== 'end');
  const resources = shown.findIndex((c) => c.role === 'resources');
  const aimRow = (n: number) =>
    `| ${shown.map((c) => (c.role === 'aim' ? prompt(`Add aim ${n}`) : c.role === 'evaluation' ? prompt('Add once the actions are done') : prompt(`Add ${c.label.toLowerCase()}`))).join(' | ')} |`;
  const totalRow = `| ${shown.map((c, i) => (i === 0 ? 'Total cost' : i === resources ? prompt('Add the total of the costs above') : '')).join(' | ')} |`;
  return [
    frontmatter('sen-action-plan'),
    `# [School name]: ${actionPlanTemplate.title}`,
    '',
    'Replace every prompt in square brackets. Add a row to the table for each aim, and give every cost in £.',
    '',
    ...fields.flatMap((f) => [`**${f.label}:** ${prompt(`Add the ${f.label.toLowerCase()}${f.value === 'date' ? ', for example 1 September 2026' : ''}`)}`, '']),
    `| ${shown.map((c) => c.label).join(' | ')} |`,
    `| ${shown.map(() => '---').join(' | ')} |`,
    ...[1, 2, 3].map(aimRow),
    totalRow,
    '',
  ].join('\n');
}

/** The text of a new document of a kind, with frontmatter, a title and a section to fill in for each part. */
export function templateFor(kind: TemplateKind, options: TemplateOptions = {}): string {
  if (kind === 'senco-self-review') return blankSelfReviewForm();
  if (kind === 'sen-action-plan') return actionPlan();
  if (isRequirementKind(kind)) return requirementTemplate(kind, options);
  const outline = outlineFor(kind);
  if (!outline) throw new Error(`No template or outline for ${kind}`);
  return outlineTemplate(outline, options);
}

export function isTemplateKind(kind: string): kind is TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(kind);
}
