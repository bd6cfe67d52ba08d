import type { LintResult } from '../../engine/index.js';

export interface FileReport {
  /** Path as shown to users (relative to the working directory). */
  path: string;
  result: LintResult | null;
  /** A one-line reason the file could not be checked. */
  error?: string;
}

export interface FormatOptions {
  color: boolean;
  cwd: string;
}

export type Formatter = (reports: FileReport[], options: FormatOptions) => string;
