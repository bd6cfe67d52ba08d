import pc from 'picocolors';
import type { CoverageResult, Finding } from '../../engine/index.js';
import type { Formatter } from './types.js';

const STATUS_LABEL: Record<CoverageResult['status'], string> = {
  covered: 'covered',
  partial: 'partial',
  missing: 'MISSING',
  'not-applicable': 'n/a',
};

/** Human output: findings grouped by file, then a coverage table per document. */
export const formatStylish: Formatter = (reports, { color }) => {
  const c = pc.createColors(color);
  const severityLabel = (s: Finding['severity']) =>
    s === 'error' ? c.red('error') : s === 'warning' ? c.yellow('warning') : c.blue(s);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { path, result, error } of reports) {
    if (!result) {
      out.push(`${c.underline(path)}\n  ${c.red('error')}  ${error}\n`);
      errors++;
      continue;
    }
    out.push(c.underline(path) + c.dim(`  (${result.documentKind}, ${result.setting ?? 'setting unknown'}, ${result.jurisdiction})`));
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      if (f.severity === 'warning') warnings++;
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(8);
      out.push(`  ${c.dim(where)} ${severityLabel(f.severity).padEnd(color ? 17 : 7)}  ${f.message}  ${c.dim(f.ruleId)}`);
    }
    const applicable = result.coverage.filter((r) => r.status !== 'not-applicable');
    if (result.coverage.length) {
      const covered = applicable.filter((r) => r.status === 'covered').length;
      out.push(`\n  Coverage: ${covered} of ${applicable.length} items covered`);
      for (const r of result.coverage) {
        const label = STATUS_LABEL[r.status];
        const painted = r.status === 'covered' ? c.green(label) : r.status === 'missing' ? c.red(label) : r.status === 'partial' ? c.yellow(label) : c.dim(label);
        const line = r.evidence ? c.dim(` line ${r.evidence.start.line + 1}`) : '';
        out.push(`    ${r.requirement.padEnd(40)} ${painted}${line}`);
      }
    }
    out.push('');
  }
  const total = errors + warnings;
  out.push(
    total === 0
      ? c.green(`No errors or warnings in ${reports.length} file${reports.length === 1 ? '' : 's'}.`)
      : c.bold(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${reports.length} file${reports.length === 1 ? '' : 's'}.`),
  );
  return out.join('\n') + '\n';
};
