import { lint, type LintConfig, type LintResult } from '../engine/index.js';
import { convert, isConverted, labelForLine, type SourceMap } from '../readers/index.js';

/** One document to check: Markdown text, or the bytes of a PDF, Word or HTML file to convert first. */
export interface CheckJob {
  absolutePath: string;
  text?: string;
  bytes?: Uint8Array;
  config: LintConfig;
  /** The run's clock as milliseconds, so workers date-check against the same day. */
  now: number;
}

export type CheckDone = { result: LintResult; sourceMap?: SourceMap } | { error: string };

/**
 * Converted documents have no Markdown lines a SENCO could find, so each
 * finding also says where it is in the original ("page 3, paragraph 2").
 */
function labelFindings(result: LintResult, sourceMap: SourceMap): LintResult {
  return {
    ...result,
    findings: result.findings.map((f) => {
      const label = labelForLine(sourceMap, f.range.start.line);
      return label ? { ...f, message: `${f.message} (${label})` } : f;
    }),
  };
}

/** Converts when needed, then lints. Never throws: a file that cannot be converted gives an error sentence. */
export async function checkOne(job: CheckJob): Promise<CheckDone> {
  const options = { config: job.config, now: new Date(job.now) };
  if (!isConverted(job.absolutePath)) return { result: lint(job.text ?? '', options) };
  try {
    const { markdown, sourceMap } = await convert(job.absolutePath, job.bytes ?? new Uint8Array());
    return { result: labelFindings(lint(markdown, options), sourceMap), sourceMap };
  } catch (error) {
    return { error: `could not read the document (${(error as Error).message.split('\n')[0]}), so it was not checked` };
  }
}
