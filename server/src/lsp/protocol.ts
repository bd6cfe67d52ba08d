/**
 * Custom requests and commands shared by the server and the thin client.
 * Both sides import these names so they cannot drift apart.
 */
import type { CoverageStatus, DocumentKind, Jurisdiction, Range, Setting } from '../engine/types.js';

/** Request: coverage of one open document, for the coverage view and status bar. */
export const COVERAGE_REQUEST = 'sendlint/coverage';

export interface CoverageParams {
  textDocument: { uri: string };
}

export interface CoverageItem {
  requirement: string;
  title: string;
  citation: string;
  summary: string;
  status: CoverageStatus;
  evidence?: Range;
}

export interface CoverageResponse {
  uri: string;
  documentKind: DocumentKind;
  setting: Setting | null;
  jurisdiction: Jurisdiction;
  covered: number;
  applicable: number;
  items: CoverageItem[];
}

/** Request: the text of a new document of a kind, from the standards' snippets. */
export const TEMPLATE_REQUEST = 'sendlint/template';

export interface TemplateParams {
  kind: DocumentKind;
}

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
  newReport: 'sendlint.newDocument',
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
