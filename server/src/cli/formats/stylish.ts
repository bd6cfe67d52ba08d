import type { CoverageResult, Finding, LintResult } from '../../engine/index.js';
import type { Palette } from './colors.js';
import type { FileReport, PiecewiseFormat, Totals } from './types.js';

const STATUS: Record<CoverageResult['status'], { mark: string; label: string }> = {
  covered: { mark: '✓', label: 'covered' },
  partial: { mark: '~', label: 'partial' },
  missing: { mark: '✗', label: 'MISSING' },
  'not-applicable': { mark: '-', label: 'n/a' },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

let titles: Map<string, string> | undefined;

/**
 * Loads the titles of the coverage items from the standards (not the engine),
 * a large module that a run taking every piece from the cache never needs.
 */
async function loadTitles(): Promise<void> {
  const { standards } = await import('../../engine/standards.js');
  titles ??= new Map(standards.requirements.flatMap((s) => s.items.map((i) => [`${s.id}/${i.id}`, i.title ?? i.summary])));
}

/** The title of a coverage item, by its "standard/item" id. */
function requirementTitle(requirement: string): string {
  if (!titles) throw new Error('stylish: prepare() loads the coverage titles before any piece is made');
  return titles.get(requirement) ?? '';
}

/** Human output, one file at a time: its findings, then its coverage table. */
function piece(report: FileReport, { colors: c }: { colors: Palette }): string {
  const paint: Record<Finding['severity'], (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue, hint: c.dim };
  const out: string[] = [];

  const findingLines = (result: LintResult) => {
    const width = Math.max(0, ...result.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`.length));
    for (const f of result.findings) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(width);
      out.push(`  ${c.dim(where)}  ${paint[f.severity](f.severity.padEnd(7))}  ${f.message}  ${c.dim(f.ruleId)}`);
    }
  };

  const coverageLines = (result: LintResult) => {
    if (!result.coverage.length) return;
    const applicable = result.coverage.filter((r) => r.status !== 'not-applicable');
    const covered = applicable.filter((r) => r.status === 'covered').length;
    const partial = applicable.filter((r) => r.status === 'partial').length;
    out.push('', c.bold(`  Statutory coverage: ${covered} of ${applicable.length} covered${partial ? `, ${partial} partial` : ''}`));
    const idWidth = Math.max(...result.coverage.map((r) => r.requirement.length));
    for (const r of result.coverage) {
      const { mark, label } = STATUS[r.status];
      const tone = r.status === 'covered' ? c.green : r.status === 'missing' ? c.red : r.status === 'partial' ? c.yellow : c.dim;
      const where = r.evidence ? c.dim(`  line ${r.evidence.start.line + 1}`) : '';
      const why = r.status === 'partial' && r.reason ? c.dim(`: ${r.reason}`) : '';
      out.push(`    ${tone(`${mark} ${label.padEnd(7)}`)}  ${r.requirement.padEnd(idWidth)}  ${requirementTitle(r.requirement)}${where}${why}`);
    }
  };

  const { path, result, error, fixed } = report;
  if (!result) {
    out.push(`${c.underline(path)}`, `  ${c.red('not checked')}  ${error}`, '');
    return out.join('\n') + '\n';
  }
  out.push(c.underline(path) + c.dim(`  (${result.documentKind}, ${result.setting ?? 'setting unknown'}, ${result.jurisdiction})`));
  if (error) out.push(`  ${c.red('not fixed')}  ${error}`);
  for (const f of fixed ?? []) out.push(`  ${c.green('fixed')}  line ${f.line}: ${f.title}`);
  if (result.findings.length === 0) out.push(c.green('  No problems found.'));
  findingLines(result);
  coverageLines(result);
  if (result.readability) {
    const { readingEase, words, sentences } = result.readability;
    out.push(`  Reading ease ${readingEase.toFixed(0)} (Flesch; higher is easier) over ${words} words in ${sentences} sentences`);
  }
  out.push('');
  return out.join('\n') + '\n';
}

/** The closing lines: how many findings of each kind in how many files. */
function ending(totals: Totals, { colors: c }: { colors: Palette }): string {
  const files = plural(totals.files, 'file');
  const line = `${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${plural(totals.suggestion, 'suggestion')} in ${files}.`;
  const out = [totals.error ? c.bold(c.red(line)) : totals.warning ? c.bold(c.yellow(line)) : c.bold(c.green(line))];
  if (totals.unreadable) out.push(c.red(`${plural(totals.unreadable, 'file')} could not be checked or fixed (see above).`));
  return out.join('\n') + '\n';
}

/** Human output: findings grouped by file, then the coverage table for each document, then the totals. */
export const stylishPieces: PiecewiseFormat = {
  prepare: loadTitles,
  piece,
  join: (pieces, totals, options) => [...pieces, Buffer.from(ending(totals, options))],
};
