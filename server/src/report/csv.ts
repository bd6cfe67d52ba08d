import type { Matrix } from './matrix.js';

/**
 * One CSV field. Quoted when needed (RFC 4180), and a leading = + - @ is
 * defused with an apostrophe, so a spreadsheet never runs text from a document as a formula.
 */
function field(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The matrix as CSV: one row per document, one column per item (covered, partial, missing, not-applicable, not-checked). */
export function renderCsv(matrix: Matrix): string {
  const header = ['school', 'document', 'kind', 'setting', 'jurisdiction', ...matrix.columns.map((c) => c.requirement), 'covered', 'partial', 'applicable', 'error'];
  const lines = [header.map(field).join(',')];
  for (const row of matrix.rows) {
    lines.push(
      [row.school, row.path, row.kind, row.setting, row.jurisdiction, ...row.cells.map((c) => c.status), row.covered, row.partial, row.applicable, row.error ?? '']
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
