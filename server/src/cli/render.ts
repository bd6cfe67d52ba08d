import type { Finding } from '../engine/index.js';
import { countFindings, type Counts, type PieceName, type ResultCache } from './cache.js';
import { palette } from './formats/colors.js';
import type { FileReport, FormatOptions, Formatter, PiecewiseFormat, Totals } from './formats/types.js';
import type { CheckedReport } from './pool.js';

/** A report format: made of one piece per file, which the cache keeps (see PiecewiseFormat), or written whole. */
export type Format = { pieces: PiecewiseFormat } | { whole: () => Formatter | Promise<Formatter> };

const NONE: Counts = [0, 0, 0, 0];
/** A report's findings by severity (a report answered by a cached piece has its counts but no result). */
const countsOf = (r: CheckedReport): Counts => r.counts ?? (r.result ? countFindings(r.result) : NONE);

/** 2 when a file could not be checked, 1 for errors or more than maxWarnings warnings, else 0. */
export function exitCode(reports: CheckedReport[], maxWarnings: number): number {
  if (reports.some((r) => r.error)) return 2;
  const counts = reports.map(countsOf);
  if (counts.some(([errors]) => errors > 0)) return 1;
  return counts.reduce((n, [, warnings]) => n + warnings, 0) > maxWarnings ? 1 : 0;
}

export interface RenderOptions extends FormatOptions {
  /** Show errors only. */
  quiet: boolean;
  /** Where to keep the pieces made in this run, and what they are called there. */
  cache?: ResultCache;
  pieceName?: (path: string) => PieceName;
}

/**
 * The report in a format. A piecewise format takes each file's cached piece
 * when checkMany found one, and makes (and caches) the others.
 */
export async function renderReport(format: Format, reports: CheckedReport[], options: RenderOptions): Promise<string | Uint8Array> {
  const { quiet, cache, pieceName } = options;
  const shown = (r: FileReport): FileReport =>
    quiet && r.result ? { ...r, result: { ...r.result, findings: r.result.findings.filter((f: Finding) => f.severity === 'error') } } : r;
  if ('whole' in format) return (await format.whole())(reports.map(shown), options);

  const colors = await palette(options.color);
  if (reports.some((r) => !r.piece)) await format.pieces.prepare?.();
  const pieces = reports.map((r) => {
    if (r.piece) return r.piece;
    const piece = Buffer.from(format.pieces.piece(shown(r), { colors }));
    if (cache && pieceName && r.cacheKey && r.result && !r.error && !r.fixed) cache.setPiece(r.cacheKey, pieceName(r.path), piece);
    return piece;
  });
  const totals: Totals = { files: reports.length, unreadable: reports.filter((r) => r.error || (!r.result && !r.piece)).length, error: 0, warning: 0, suggestion: 0 };
  for (const r of reports) {
    const [errors, warnings, infos, hints] = countsOf(r);
    totals.error += errors;
    if (!quiet) {
      totals.warning += warnings;
      totals.suggestion += infos + hints;
    }
  }
  return Buffer.concat(format.pieces.join(pieces, totals, { colors }));
}
