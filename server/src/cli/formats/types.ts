import type { AppliedFix, LintResult } from '../../engine/index.js';

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
