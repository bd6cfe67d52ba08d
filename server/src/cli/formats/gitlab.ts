import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../engine/index.js';
import type { Formatter } from './types.js';

// GitLab code quality report (a subset of the Code Climate format).
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/**
 * A fingerprint that stays the same while a finding stays the same, even when
 * lines above it move, so GitLab shows only new and fixed findings in a merge
 * request: path, rule, what it is about and message, plus the occurrence number
 * to tell apart repeats of the same finding in one file.
 */
function fingerprint(path: string, f: Finding, occurrence: number): string {
  return createHash('sha256')
    .update([path, f.ruleId, f.requirement ?? '', f.subject ?? '', f.message, String(occurrence)].join('\0'))
    .digest('hex');
}

export const formatGitlab: Formatter = (reports) => {
  const issues: object[] = [];
  for (const { path, result, error } of reports) {
    const file = path.split('\\').join('/');
    if (error) {
      issues.push({
        type: 'issue',
        check_name: 'sendlint/read',
        description: `File not checked: ${error}`,
        severity: 'critical',
        fingerprint: createHash('sha256').update(`${file}\0read`).digest('hex'),
        location: { path: file, lines: { begin: 1 } },
      });
    }
    const seen = new Map<string, number>();
    for (const f of result?.findings ?? []) {
      const key = [f.ruleId, f.requirement, f.subject, f.message].join('\0');
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      issues.push({
        type: 'issue',
        check_name: `sendlint/${f.ruleId}`,
        description: f.message,
        categories: ['Style'],
        severity: SEVERITY[f.severity],
        fingerprint: fingerprint(file, f, occurrence),
        location: { path: file, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
