import type { DocumentModel } from './document.js';
import type { Standards } from './standards.js';
import type {
  CoverageResult,
  DocumentKind,
  Finding,
  Fix,
  Jurisdiction,
  LintConfig,
  RelatedLocation,
  Setting,
  Severity,
  Span,
} from './types.js';

/** What a user reads about a rule: rendered into docs/rules/<id>.md. */
export interface RuleDocs {
  /** One paragraph: what the rule looks for. */
  checks: string;
  /** Why it matters, in plain English. */
  why: string;
  /** A short Markdown example that triggers the rule. */
  example: string;
  /** How to fix it. */
  fix: string;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  description: string;
  /** The rule or guidance it enforces, e.g. "SEND Code of Practice 2015, para 6.81". */
  citation?: string;
  docs: RuleDocs;
}

/** Facts the runner decides once per document and shares with every rule. */
export interface DocumentFacts {
  kind: DocumentKind;
  setting: Setting | null;
  jurisdiction: Jurisdiction;
  inferred: { kind: boolean; setting: boolean; jurisdiction: boolean };
  /** How the kind was inferred, for the kind-inferred rule's message. */
  kindEvidence?: string;
}

export interface ReportInput {
  message: string;
  span: Span;
  citation?: string;
  requirement?: string;
  subject?: string;
  fixes?: Fix[];
  related?: (Omit<RelatedLocation, 'range'> & { span: Span })[];
  /** Overrides the rule's configured severity (e.g. a "should" rather than a "must"). */
  severity?: Severity;
}

export interface RuleContext {
  doc: DocumentModel;
  facts: DocumentFacts;
  standards: Standards;
  config: LintConfig;
  /** Options for this rule from config.ruleOptions. */
  options: Record<string, unknown>;
  /** Coverage of every requirement that applies to the document. */
  coverage: () => CoverageResult[];
  now: Date;
  report(input: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export type { Finding };
