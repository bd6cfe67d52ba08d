import type { Severity } from '../../engine/index.js';
import type { Formatter } from './types.js';
import { xmlEscape as x } from './xml.js';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'info' };

/** Checkstyle XML, read by Jenkins' warnings plugin, reviewdog and many code review tools. */
export const formatCheckstyle: Formatter = (reports) => {
  const files = reports.map(({ path, result, error }) => {
    const rows = (result?.findings ?? []).map(
      (f) =>
        `    <error line="${f.range.start.line + 1}" column="${f.range.start.character + 1}" severity="${SEVERITY[f.severity]}" ` +
        `message="${x(f.message)}" source="sendlint.${x(f.ruleId)}"/>`,
    );
    if (error) rows.unshift(`    <error line="1" column="1" severity="error" message="${x(error)}" source="sendlint.read"/>`);
    return `  <file name="${x(path)}">${rows.length ? `\n${rows.join('\n')}\n  ` : ''}</file>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n${files.length ? `${files.join('\n')}\n` : ''}</checkstyle>\n`;
};
