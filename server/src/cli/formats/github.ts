import type { Severity } from '../../engine/index.js';
import type { Formatter } from './types.js';

// GitHub Actions workflow commands: one line each, shown as annotations on the pull request.
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a command's message (data). */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a command's property value, where ':' and ',' separate properties. */
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const formatGithub: Formatter = (reports) => {
  const lines: string[] = [];
  for (const { path, result, error } of reports) {
    const file = property(path.split('\\').join('/'));
    if (error) lines.push(`::error file=${file},title=${property('sendlint: file not checked')}::${data(error)}`);
    for (const f of result?.findings ?? []) {
      const { start, end } = f.range;
      const span = `line=${start.line + 1},col=${start.character + 1},endLine=${end.line + 1},endColumn=${end.character + 1}`;
      const title = property(`sendlint ${f.ruleId}`);
      lines.push(`::${COMMAND[f.severity]} file=${file},${span},title=${title}::${data(f.citation ? `${f.message} (${f.citation})` : f.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
