/**
 * The engine's public vocabulary. Positions are 0-based lines and UTF-16
 * characters, as in LSP, so every face (CLI, server, tests) can use them
 * without conversion; but nothing here depends on LSP packages.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Short imperative title shown in editors, e.g. "Replace with \"EHC plan\"". */
  title: string;
  edits: TextEdit[];
  /** Safe fixes may be applied without review by `--fix` and "fix all". */
  safe: boolean;
  /**
   * Snippet form of the first edit's text, with LSP/TextMate tab stops
   * (`${1:prompt}`), for editors that support snippet edits.
   */
  snippet?: string;
  /** Marks a fix that changes settings rather than the document. */
  kind?: 'edit' | 'allow-acronym';
}

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  citation?: string;
  requirement?: string;
  subject?: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** Link to the rule's page for users. */
  docsUrl?: string;
}

export type DocumentKind =
  | 'sen-information-report'
  | 'sen-policy'
  | 'combined'
  | 'aln-policy'
  | 'senco-job-description'
  | 'senco-self-review'
  | 'senco-qualification-evidence'
  | 'sen-action-plan'
  | 'faq-page'
  | 'unknown';

export type Setting =
  | 'mainstream-primary'
  | 'mainstream-secondary'
  | 'special'
  | 'maintained-nursery'
  | 'pru'
  | 'all-through';

export type Jurisdiction = 'england' | 'wales';

export type CoverageStatus = 'covered' | 'partial' | 'missing' | 'not-applicable';

export interface CoverageResult {
  /** "<standard id>/<item id>", e.g. "send-regs-2014-sch1/3b". */
  requirement: string;
  status: CoverageStatus;
  /** Where the item is addressed (covered) or where a thin attempt is (partial). */
  evidence?: Range;
  /** Plain-English reason, used for partial and missing items. */
  reason?: string;
}

export interface ReadabilitySummary {
  /** Flesch reading ease of the document's prose (higher is easier). */
  readingEase: number;
  words: number;
  sentences: number;
}

export interface LintResult {
  documentKind: DocumentKind;
  setting: Setting | null;
  jurisdiction: Jurisdiction;
  /** How kind/setting/jurisdiction were decided. */
  inferred: { kind: boolean; setting: boolean; jurisdiction: boolean };
  findings: Finding[];
  coverage: CoverageResult[];
  readability?: ReadabilitySummary;
}

export interface LintConfig {
  /** Rule id -> severity override, or 'off'. */
  rules?: Record<string, SeveritySetting>;
  /** Rule id -> options object for rules that take options. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  setting?: Setting;
  jurisdiction?: Jurisdiction;
  documentKind?: DocumentKind;
  /** Extra acronyms never to report. */
  allowAcronyms?: string[];
  /** Target Flesch reading ease for parent-facing prose. */
  readabilityTarget?: number;
  /** Longest sentence, in words, before hard-to-read reports it. */
  maxSentenceWords?: number;
}

export interface LintOptions {
  config?: LintConfig;
  /** Injected clock so date-based rules are testable. */
  now?: Date;
  /** Only these rules run (used by rule tests). */
  onlyRules?: string[];
}
