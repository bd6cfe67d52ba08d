import type { AppliedFix, LintResult } from '../../engine/index.js';
import type { Palette } from './colors.js';

export interface FileReport {
  /** Path as shown to users (relative to the working directory when inside it). */
  path: string;
  /** Absolute path, for formats that need URIs. */
  absolutePath: string;
  result: LintResult | null;
  /** A one-line reason the file could not be checked or fixed. */
  error?: string;
  /** Safe fixes `--fix` applied and wrote to the file. */
  fixed?: AppliedFix[];
}

/** How this run went, for formats that record the invocation (SARIF). */
export interface RunInfo {
  arguments: string[];
  startTime: Date;
  endTime: Date;
  exitCode: number;
}

export interface FormatOptions {
  color: boolean;
  cwd: string;
  run: RunInfo;
}

export type Formatter = (reports: FileReport[], options: FormatOptions) => string;

/** What a report's ending sums up: the findings shown, by severity, and the files. */
export interface Totals {
  files: number;
  /** Files that could not be checked or fixed. */
  unreadable: number;
  error: number;
  warning: number;
  /** info and hint findings. */
  suggestion: number;
}

/**
 * A format whose report is each file's part, in file order, joined with what
 * comes before, between and after them. A file's part depends only on that
 * report and the colours (on or off), so the cache keeps it, and a warm run
 * copies it into the report instead of decoding the document's result.
 */
export interface PiecewiseFormat {
  /** Loads what making a piece needs; called once before the first piece is made. */
  prepare?(): Promise<void>;
  piece(report: FileReport, options: { colors: Palette }): string;
  join(pieces: Uint8Array[], totals: Totals, options: { colors: Palette }): Uint8Array[];
}
