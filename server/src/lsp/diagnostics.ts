import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine/types.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries so a code action request can find its finding again. */
export interface DiagnosticData {
  ruleId: string;
  /** Index of the finding in the analysis of `version`. */
  index: number;
  version: number;
}

export function toDiagnostic(uri: string, version: number, finding: Finding, index: number): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: 'sendlint',
    code: finding.ruleId,
    message: finding.message,
    data: { ruleId: finding.ruleId, index, version } satisfies DiagnosticData,
  };
  if (finding.docsUrl) diagnostic.codeDescription = { href: finding.docsUrl };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  }
  return diagnostic;
}

/** One diagnostic for a config file that cannot be used: the user sees why at the right line. */
export function configDiagnostic(line: number, message: string): Diagnostic {
  const zeroBased = Math.max(0, line - 1);
  return {
    range: { start: { line: zeroBased, character: 0 }, end: { line: zeroBased + 1, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: 'sendlint',
    code: 'invalid-config',
    message: `This sendlint config cannot be used, so sendlint is checking documents with its defaults: ${message}`,
  };
}
