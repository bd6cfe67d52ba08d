import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionPlanTemplate } from './action-plan.js';
import { buildDocument } from './document.js';
import { INTERNAL_ERROR_RULE, lint } from './run.js';
import { selfReviewData } from './self-review.js';
import { standards } from './standards.js';
import { TEMPLATE_KINDS, outlineFor, templateFor, type TemplateKind } from './templates.js';
import type { LintResult } from './types.js';

const NOW = new Date('2026-06-01');
const TODAY = '2026-06-01';
const sample = (name: string) => readFileSync(join(__dirname, '../../../samples', name), 'utf8');
const lintText = (text: string): LintResult => lint(text, { now: NOW });
const withoutFrontmatter = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
const rulesOf = (result: LintResult, ruleId: string) => result.findings.filter((f) => f.ruleId === ruleId);

/** "<standard>/<item>" ids of the requirement items a kind is checked against, and their snippets. */
function requirementsOf(kind: TemplateKind) {
  return standards.requirements
    .filter((s) => s.appliesTo.kinds.includes(kind) && (!s.appliesTo.jurisdictions || s.appliesTo.jurisdictions.includes('england')))
    .flatMap((s) => s.items.map((item) => ({ requirement: `${s.id}/${item.id}`, item })));
}

/** The complete samples whose sections answer each requirement item (the realistic content used to fill templates). */
const SOURCES: Partial<Record<TemplateKind, string[]>> = {
  'sen-information-report': ['complete-information-report.md'],
  'sen-policy': ['sen-policy.md'],
  combined: ['complete-information-report.md', 'sen-policy.md'],
  'senco-job-description': ['senco-job-description.md'],
  'senco-qualification-evidence': ['senco-qualification-evidence.md'],
};

/** For each covered item of a sample, the text that covers it, without its heading. */
function answersIn(name: string): Map<string, string> {
  const text = sample(name);
  const doc = buildDocument(text);
  const answers = new Map<string, string>();
  for (const c of lintText(text).coverage) {
    if (c.status !== 'covered' || !c.evidence) continue;
    const span = doc.lines.spanOf(c.evidence);
    answers.set(c.requirement, text.slice(span.start, span.end).replace(/^#{1,6} .*\n+/, '').trim());
  }
  return answers;
}

/** The template with each item's prompts replaced by the sample's answer to that item. */
function fillRequirements(kind: TemplateKind, template: string): string {
  const answers = new Map((SOURCES[kind] ?? []).flatMap((name) => [...answersIn(name)]));
  let text = template.replace('[School name]', 'Larkfield Green Primary School');
  for (const { requirement, item } of requirementsOf(kind)) {
    const answer = answers.get(requirement);
    if (!answer) throw new Error(`no sample answers ${requirement}`);
    const [first, ...rest] = item.snippet.prompts.map((p) => `[${p}]`);
    if (!text.includes(first!)) throw new Error(`the template has no prompt for ${requirement}`);
    text = text.replace(first!, answer);
    for (const prompt of rest) text = text.replace(`${prompt}\n\n`, '').replace(prompt, '');
  }
  return text;
}

const ALN_ANSWERS = [
  'Ysgol Bryn Derw is a primary school for learners aged 3 to 11. This policy follows the Additional Learning Needs and Education Tribunal (Wales) Act 2018 and the ALN Code 2021. It is available in Welsh and in English.',
  'A learner has additional learning needs (ALN) when a learning difficulty or disability means they need additional learning provision (ALP): teaching or support that is more than, or different from, what every learner of the same age gets.',
  'Our additional learning needs co-ordinator (ALNCo) is Mr Rhys Price. Families can ask the school office to book a meeting with him, or email alnco@brynderw.example.cymru.',
  'Class teachers tell the ALNCo when a learner is not making progress with good teaching. We meet the family and the learner within four weeks and decide together whether the learner has ALN.',
  'Every learner with ALN has an individual development plan (IDP). We write it with the learner and their family and review it at least once a year. The local authority keeps the plan when a learner needs support the school cannot give.',
  'Learners and their families take part in every meeting. We write down what matters to the learner in their own words, and we check with them that we have understood.',
  'We ask every family which language the learner learns best in. When a learner needs support in Welsh, our Welsh-speaking teaching assistants give it.',
  'We share information with families in the language they prefer. We work with the school nurse, speech and language therapists and the local authority, and we tell families before we ask for their help.',
  'Families can talk to the ALNCo or the headteacher about any worry. They can ask the local authority to look again at a decision, get free advice from an independent service, and appeal to the Education Tribunal for Wales.',
  'The governing body approved this policy on 4 February 2026. We will review it by February 2027.',
];

function fillAlnPolicy(template: string): string {
  const outline = outlineFor('aln-policy')!;
  let text = template.replace('[School name]', 'Ysgol Bryn Derw');
  outline.sections.forEach((section, i) => {
    text = text.replace(section.prompts.map((p) => `[${p}]`).join('\n\n'), ALN_ANSWERS[i]!);
  });
  return text;
}

function fillSelfReview(template: string): string {
  const highest = selfReviewData.statuses[selfReviewData.statuses.length - 1]!;
  return template
    .replace('**Name:** ', '**Name:** Mrs Sian Morgan')
    .replace('**Date of review:** ', '**Date of review:** 20 March 2026')
    .replace(/^(\| \d[a-g]?\.\d{1,2} \| .*?) \| \| \|$/gm, `$1 | ${highest} | Minutes of the staff meeting and the report to governors, spring 2026 |`);
}

const PLAN_FIELDS: Record<string, string> = {
  date: '14 July 2026',
  lead: 'Mrs Helen Achebe, special educational needs co-ordinator (SENCO)',
  'school-priority': 'Priority 2, "Every pupil reads fluently by the end of Year 4".',
  'success-criteria': 'By July 2027, at least eight in ten pupils with special educational needs in Years 1 to 4 make the reading progress expected for them.',
};

const PLAN_AIMS: Record<string, string>[] = [
  {
    aim: 'Improve reading for pupils with special educational needs in Years 1 to 4',
    actions: 'Train four teaching assistants in a phonics catch-up programme; run daily small-group sessions',
    persons: 'SENCO, English lead, four teaching assistants',
    timescale: 'September 2026 to July 2027',
    resources: 'Training £600; books £450',
    monitoring: 'SENCO checks reading ages each term and reports to governors',
    evaluation: 'Reading ages rose by 14 months on average',
  },
  {
    aim: 'Involve parents more in reviews',
    actions: 'Offer review meetings at three times of day; send a short summary home after each one',
    persons: 'SENCO, class teachers, school office',
    timescale: '1 September 2026 to 18 December 2026',
    resources: 'Supply cover for review days £900',
    monitoring: 'Headteacher checks attendance at reviews each half term',
    evaluation: 'Attendance at reviews rose from 61% to 88%',
  },
  {
    aim: 'Help teachers adapt lessons',
    actions: 'Three staff meetings on adapting tasks; paired lesson visits',
    persons: 'SENCO, deputy headteacher, all teachers',
    timescale: 'Autumn term 2026 to spring term 2027',
    resources: 'No cost; three staff meetings',
    monitoring: 'Deputy headteacher reviews planning in February',
    evaluation: '90% of staff said they felt confident, up from 55%',
  },
];

function fillActionPlan(template: string): string {
  const byLabel = new Map(actionPlanTemplate.columns.map((c) => [c.label, c.id]));
  const header = template.split('\n').find((l) => l.startsWith('| ') && !l.includes('['))!;
  const columns = header.split('|').slice(1, -1).map((c) => byLabel.get(c.trim())!);
  const aims = [...PLAN_AIMS];
  const row = (aim: Record<string, string>) => `| ${columns.map((id) => aim[id]).join(' | ')} |`;
  return template
    .replace('[School name]', 'Larkfield Green Primary School')
    .replace(/^\*\*(.+?):\*\* \[.*\]$/gm, (_, label: string) => `**${label}:** ${PLAN_FIELDS[actionPlanTemplate.fields.find((f) => f.label === label)!.id]}`)
    .replace(/^\| \[Add aim \d\].*$/gm, () => row(aims.shift()!))
    .replace('[Add the total of the costs above]', '£1,950');
}

function fill(kind: TemplateKind, template: string): string {
  if (kind === 'senco-self-review') return fillSelfReview(template);
  if (kind === 'sen-action-plan') return fillActionPlan(template);
  if (kind === 'aln-policy') return fillAlnPolicy(template);
  return fillRequirements(kind, template);
}

/** Findings that mean "this part is still to write" (local-offer-not-linked checks the Local Offer item). */
const COVERAGE_RULES = ['missing-requirement', 'self-review-status', 'action-plan-table', 'placeholder', 'local-offer-not-linked'];

describe.each(TEMPLATE_KINDS)('the %s template', (kind) => {
  const template = templateFor(kind, { today: TODAY });
  const unfilled = lintText(template);

  it('is read as its own kind, from its frontmatter and from its title and content alone', () => {
    expect(template).toMatch(new RegExp(`^---\\ntype: ${kind}\\n`));
    expect(unfilled.documentKind).toBe(kind);
    expect(unfilled.inferred.kind).toBe(false);
    const bare = lintText(withoutFrontmatter(template));
    expect(bare.documentKind).toBe(kind);
  });

  it('has a title, a section per heading, and never makes a rule fail', () => {
    expect(buildDocument(template).title?.text).toBeTruthy();
    const headings: string[] = template.match(/^## .*$/gm) ?? [];
    expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
    expect(rulesOf(unfilled, INTERNAL_ERROR_RULE)).toEqual([]);
  });

  it('once filled in with realistic content, has nothing left to fill in', () => {
    const filled = lintText(fill(kind, template));
    expect(filled.documentKind).toBe(kind);
    expect(filled.findings.filter((f) => COVERAGE_RULES.includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(filled.coverage.filter((c) => c.status !== 'covered' && c.status !== 'not-applicable')).toEqual([]);
  });

  // Language findings on prompts go when the prompts are replaced; a heading from the standards data may
  // use a term (such as "graduated approach") that the SENCO's text under it has to explain.
  it('unfilled, its other findings are on the prompts or headings, ask for the setting, or are what the kind always says', () => {
    const lines = template.split('\n');
    const expected = (ruleId: string, line: string) =>
      COVERAGE_RULES.includes(ruleId) ||
      ruleId === 'kind-inferred' ||
      (kind === 'senco-qualification-evidence' && ruleId === 'npq-replaces-nasenco') ||
      line.includes('[') ||
      (line.startsWith('## ') && ruleId === 'jargon');
    const elsewhere = unfilled.findings.filter((f) => !expected(f.ruleId, lines[f.range.start.line]!));
    expect(elsewhere.map((f) => `${f.ruleId}: ${f.message} @ ${lines[f.range.start.line]}`)).toEqual([]);
  });
});

describe('unfilled templates report what is left to write', () => {
  it.each(['sen-information-report', 'sen-policy', 'combined', 'senco-job-description', 'senco-qualification-evidence'] as const)(
    '%s: every item it is checked against is reported once, as missing or incomplete',
    (kind) => {
      const result = lintText(templateFor(kind, { today: TODAY }));
      const reported = rulesOf(result, 'missing-requirement').map((f) => f.requirement);
      // items another rule checks (the Local Offer link) are reported by that rule instead
      const expected = requirementsOf(kind).filter((r) => !r.item.checkedBy).map((r) => r.requirement);
      expect(reported.sort()).toEqual(expected.sort());
      expect(result.coverage.filter((c) => c.status === 'covered')).toEqual([]);
    },
  );

  it('senco-self-review: every standard is reported once as having no status', () => {
    const findings = rulesOf(lintText(templateFor('senco-self-review')), 'self-review-status');
    const standards = selfReviewData.groups.flatMap((g) => g.standards.map((s) => s.id));
    expect(findings.map((f) => f.subject)).toEqual(standards);
    expect(findings.every((f) => f.message.includes('has no status'))).toBe(true);
  });

  it('sen-action-plan: the four fields are empty and the total has no amount; every prompt is a placeholder', () => {
    const template = templateFor('sen-action-plan');
    const result = lintText(template);
    const plan = rulesOf(result, 'action-plan-table');
    expect(plan.map((f) => f.subject)).toEqual([...actionPlanTemplate.fields.map((f) => f.id), 'total-cost']);
    expect(rulesOf(result, 'placeholder')).toHaveLength(template.match(/\[[^\]]+\]/g)!.length);
  });

  it('aln-policy: no requirement is reported (Wales has no statutory checklist); the prompts are placeholders to fill', () => {
    const result = lintText(templateFor('aln-policy', { today: TODAY }));
    expect(result.jurisdiction).toBe('wales');
    expect(result.coverage).toEqual([]);
    expect(rulesOf(result, 'missing-requirement')).toEqual([]);
    expect(rulesOf(result, 'placeholder').map((f) => f.subject)).toEqual(['[School name]']);
  });
});
