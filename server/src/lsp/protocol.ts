/**
 * Custom requests and commands shared by the server and the thin client.
 * Both sides import these names so they cannot drift apart.
 */
import type { TemplateKind } from '../engine/templates.js';
import type { CoverageStatus, DocumentKind, Jurisdiction, Range, Setting } from '../engine/types.js';

/** Request: coverage of one open document, for the coverage view and status bar. */
export const COVERAGE_REQUEST = 'sendlint/coverage';

export interface CoverageParams {
  textDocument: { uri: string };
}

export interface CoverageItem {
  requirement: string;
  /** The checklist the item belongs to, e.g. "SEND Regulations 2014, Schedule 1". */
  standard: string;
  title: string;
  citation: string;
  summary: string;
  status: CoverageStatus;
  /** Why the item is partial or missing, in plain English. */
  reason?: string;
  evidence?: Range;
}

/** One of the Wales SENCO standards as the self-review form gives it. */
export interface SelfReviewEntry {
  id: string;
  text: string;
  /** rated: one status given; no-status: left blank; unclear: both statuses or a word the form does not use. */
  state: 'not-in-form' | 'no-status' | 'unclear' | 'rated';
  status?: string;
  /** The evidence given ('' when none). */
  evidence: string;
  /** True when the status needs evidence ("mainly achieved"). */
  evidenceNeeded: boolean;
  /** Rated, with evidence where the status needs it. */
  complete: boolean;
  range?: Range;
}

export interface SelfReviewCoverage {
  title: string;
  citation: string;
  statuses: string[];
  groups: { id: string; title: string; standards: SelfReviewEntry[] }[];
}

/** One part of an SEN action plan: a field above the table, the table itself, an aim (a row) or the total cost. */
export interface ActionPlanPart {
  label: string;
  complete: boolean;
  /** The value given, shortened (fields and aims). */
  value?: string;
  /** What is wrong or left to do, in plain English (empty when complete). */
  problems: string[];
  range?: Range;
}

export interface ActionPlanCoverage {
  title: string;
  citation: string;
  fields: ActionPlanPart[];
  table: ActionPlanPart;
  aims: ActionPlanPart[];
  totalCost: ActionPlanPart;
}

export interface CoverageResponse {
  uri: string;
  documentKind: DocumentKind;
  setting: Setting | null;
  jurisdiction: Jurisdiction;
  /** What `covered` and `applicable` count, e.g. "statutory items covered" (status bar and view heading). */
  countLabel: string;
  covered: number;
  applicable: number;
  /** Requirement checklist items (reports, policies, job descriptions, qualification evidence). */
  items: CoverageItem[];
  /** A SENCO self-review: each standard's status and evidence. */
  selfReview?: SelfReviewCoverage;
  /** An SEN action plan: the fields, the table, each aim and the total cost. */
  actionPlan?: ActionPlanCoverage;
  /** A kind with no checklist (a Wales ALN policy): why, and what is checked instead. */
  noChecklist?: { why: string; checkedInstead: string[] };
}

/** Request: the text of a new document of a kind, generated from the standards data. */
export const TEMPLATE_REQUEST = 'sendlint/template';

export interface TemplateParams {
  kind: TemplateKind;
}

/** The kinds a new document can be started as, for the editor's list: England or Wales said plainly. */
export const NEW_DOCUMENT_KINDS: { kind: TemplateKind; label: string; detail: string }[] = [
  { kind: 'sen-information-report', label: 'SEN information report', detail: 'England: the report every school publishes each year, with the contents the SEND Regulations 2014 (Schedule 1) require' },
  { kind: 'sen-policy', label: 'SEN policy', detail: 'England: how the school identifies and supports pupils with special educational needs, following the SEND Code of Practice' },
  { kind: 'combined', label: 'SEN policy and information report (combined)', detail: 'England: one document that is both the SEN policy and the yearly information report' },
  { kind: 'aln-policy', label: 'ALN policy', detail: 'Wales: the additional learning needs policy under the ALN Act 2018 and the ALN Code (no England checklist applies)' },
  { kind: 'senco-job-description', label: 'SENCO job description', detail: 'England: the SENCO’s responsibilities (SEND Code of Practice 6.90) and the qualifications the post needs' },
  { kind: 'senco-self-review', label: 'SENCO self-review', detail: 'Wales: rate yourself against each of the Standards for SEN Co-ordinators, with evidence' },
  { kind: 'senco-qualification-evidence', label: 'SENCO qualification evidence', detail: 'Evidence portfolio against the National Award for SEN Co-ordination learning outcomes (new SENCOs in England now take the NPQ)' },
  { kind: 'sen-action-plan', label: 'SEN action plan', detail: 'A plan with a row per aim: actions, people, dates, costs, monitoring and evaluation' },
];

export interface TemplateResponse {
  text: string;
}

/** Server-side commands (workspace/executeCommand). */
export const SERVER_COMMANDS = {
  /** Arguments: [uri]. Inserts a section for every missing item. */
  insertAllMissing: 'sendlint.server.insertAllMissing',
  /** Arguments: [acronym, documentUri]. Adds an acronym to the allow-list in the document's workspace .sendlintrc.yaml (Node server only). */
  allowAcronym: 'sendlint.server.allowAcronym',
} as const;

/** Client-side commands contributed in package.json. */
export const CLIENT_COMMANDS = {
  showCoverage: 'sendlint.showCoverage',
  newDocument: 'sendlint.newDocument',
  insertAllMissing: 'sendlint.insertAllMissing',
} as const;

/** Notification server -> client when a document's coverage changes (drives the status bar). Params: CoverageResponse. */
export const COVERAGE_CHANGED_NOTIFICATION = 'sendlint/coverageChanged';

/**
 * Notification server -> client with how long one analysis took, sent only when the client
 * asks for it with initializationOptions.reportTiming (the latency benchmark does).
 */
export const TIMING_NOTIFICATION = 'sendlint/timing';

export interface TimingParams {
  uri: string;
  version: number;
  /** Building the document model: the incremental (or full) parse. */
  parseMs: number;
  /** Running every rule. */
  lintMs: number;
}
