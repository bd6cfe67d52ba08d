import type { DocumentModel } from './document.js';
import type { DocumentFacts } from './rule.js';
import type { DocumentKind, Jurisdiction, LintConfig, Setting } from './types.js';

const KIND_ALIASES: Record<string, DocumentKind> = {
  'sen-information-report': 'sen-information-report',
  'send-information-report': 'sen-information-report',
  'information-report': 'sen-information-report',
  'sen-policy': 'sen-policy',
  'send-policy': 'sen-policy',
  combined: 'combined',
  'aln-policy': 'aln-policy',
  'aln-policy-wales': 'aln-policy',
  'senco-job-description': 'senco-job-description',
  'job-description': 'senco-job-description',
  'senco-self-review': 'senco-self-review',
  'senco-qualification-evidence': 'senco-qualification-evidence',
  'sen-action-plan': 'sen-action-plan',
  'action-plan': 'sen-action-plan',
  'faq-page': 'faq-page',
};

const SETTING_ALIASES: Record<string, Setting> = {
  'mainstream-primary': 'mainstream-primary',
  primary: 'mainstream-primary',
  infant: 'mainstream-primary',
  junior: 'mainstream-primary',
  'mainstream-infant': 'mainstream-primary',
  'mainstream-junior': 'mainstream-primary',
  'primary-academy': 'mainstream-primary',
  'mainstream-secondary': 'mainstream-secondary',
  secondary: 'mainstream-secondary',
  'secondary-academy': 'mainstream-secondary',
  special: 'special',
  'special-school': 'special',
  'maintained-nursery': 'maintained-nursery',
  nursery: 'maintained-nursery',
  pru: 'pru',
  'pupil-referral-unit': 'pru',
  'alternative-provision': 'pru',
  'all-through': 'all-through',
};

export const KNOWN_KINDS = [...new Set(Object.values(KIND_ALIASES))];
export const KNOWN_SETTINGS = [...new Set(Object.values(SETTING_ALIASES))];

function normalise(value: unknown): string | null {
  return typeof value === 'string' ? value.trim().toLowerCase().replace(/[\s_]+/g, '-') : null;
}

/** The opening of the document, where titles and introductions say what it is. */
function openingText(doc: DocumentModel): string {
  return doc.blocks
    .slice(0, 12)
    .map((b) => b.text)
    .join('\n');
}

const WALES = /\b(ALNCo|ALNET|Additional Learning Needs|Additional Learning Provision|Individual Development Plans?|IDPs?|ALN Code|Welsh Government|Ysgol|Cymru)\b/g;

function inferJurisdiction(doc: DocumentModel): Jurisdiction {
  const hits = doc.text.match(WALES)?.length ?? 0;
  const england = doc.text.match(/\b(EHC ?P|Education, Health and Care|Local Offer|SEN support)\b/gi)?.length ?? 0;
  return hits >= 3 && hits > england ? 'wales' : 'england';
}

function inferKind(doc: DocumentModel, jurisdiction: Jurisdiction): { kind: DocumentKind; evidence: string } {
  const title = (doc.title?.text ?? '').toLowerCase();
  const opening = openingText(doc).toLowerCase();
  const says = (pattern: RegExp) => pattern.test(title) || pattern.test(opening);
  const report = /information report|sen(d)? report|local offer/;
  const policy = /\bpolicy\b/;
  if (says(/job description|person specification/)) return { kind: 'senco-job-description', evidence: 'the title mentions a job description' };
  if (says(/action plan/) && !says(report)) return { kind: 'sen-action-plan', evidence: 'the title mentions an action plan' };
  if (jurisdiction === 'wales' && says(/\baln\b|additional learning needs/)) return { kind: 'aln-policy', evidence: 'it uses Wales ALN terms' };
  if (report.test(title) && policy.test(title)) return { kind: 'combined', evidence: 'the title names both a policy and an information report' };
  if (report.test(title)) return { kind: 'sen-information-report', evidence: 'the title names an information report' };
  if (policy.test(title)) {
    if (says(report)) return { kind: 'combined', evidence: 'it is a policy that also contains the information report' };
    return { kind: 'sen-policy', evidence: 'the title names a policy' };
  }
  if (says(report)) return { kind: 'sen-information-report', evidence: 'its opening mentions the information report' };
  return { kind: 'sen-information-report', evidence: 'nothing marks it as another kind of document' };
}

function inferSetting(doc: DocumentModel): Setting | null {
  const opening = openingText(doc);
  const text = `${doc.title?.text ?? ''}\n${opening}`;
  if (/\b(pupil referral unit|PRU|alternative provision)\b/i.test(text)) return 'pru';
  if (/\bspecial school\b/i.test(text)) return 'special';
  if (/\bnursery school\b/i.test(text)) return 'maintained-nursery';
  if (/\ball[- ]through\b/i.test(text)) return 'all-through';
  if (/\b(secondary|high school|college|GCSEs?|Year 7|KS3|KS4)\b/i.test(text)) return 'mainstream-secondary';
  if (/\b(primary|infant|junior|first school)\b/i.test(text)) return 'mainstream-primary';
  return null;
}

/** Decides the document's kind, setting and jurisdiction: config, then frontmatter, then inference. */
export function decideFacts(doc: DocumentModel, config: LintConfig): DocumentFacts {
  const fm = doc.frontmatter?.data ?? {};
  const fmKind = KIND_ALIASES[normalise(fm.type) ?? ''];
  const fmSetting = SETTING_ALIASES[normalise(fm.setting) ?? ''];
  const fmJurisdiction = normalise(fm.jurisdiction);

  const jurisdictionFromFile = fmJurisdiction === 'wales' || fmJurisdiction === 'england' ? fmJurisdiction : undefined;
  const jurisdiction: Jurisdiction = jurisdictionFromFile ?? config.jurisdiction ?? inferJurisdiction(doc);
  const inferredKind = (fmKind ?? config.documentKind) ? null : inferKind(doc, jurisdiction);
  const kind: DocumentKind = fmKind ?? config.documentKind ?? inferredKind!.kind;
  const setting = fmSetting ?? config.setting ?? inferSetting(doc);
  return {
    kind,
    setting,
    jurisdiction,
    inferred: {
      kind: inferredKind !== null,
      setting: !fmSetting && !config.setting,
      jurisdiction: !jurisdictionFromFile && !config.jurisdiction,
    },
    kindEvidence: inferredKind?.evidence,
  };
}
