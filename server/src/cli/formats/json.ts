import type { FileReport, PiecewiseFormat } from './types.js';

/** One file's entry of the JSON contract: version 1, 0-based LSP-style positions. */
function fileEntry({ path, result, error }: FileReport) {
  return result
    ? {
        path,
        documentKind: result.documentKind,
        setting: result.setting,
        jurisdiction: result.jurisdiction,
        findings: result.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          range: f.range,
          citation: f.citation ?? null,
          requirement: f.requirement ?? null,
          subject: f.subject ?? null,
          fixes: f.fixes ?? [],
        })),
        coverage: result.coverage.map((c) => ({ requirement: c.requirement, status: c.status, evidence: c.evidence ?? null })),
        readability: result.readability ?? null,
        ...(error ? { error } : {}),
      }
    : { path, error };
}

// The report is JSON.stringify({ version: 1, files }, null, 2): each file's entry sits two levels in (four spaces).
const ENTRY_INDENT = '\n    ';
const enc = (s: string) => Buffer.from(s);

/** The JSON contract other tools rely on, as JSON.stringify({ version: 1, files }, null, 2) would write it. */
export const jsonPieces: PiecewiseFormat = {
  // JSON strings hold no raw line breaks, so every one is a line of the layout to indent.
  piece: (report) => JSON.stringify(fileEntry(report), null, 2).replace(/\n/g, ENTRY_INDENT),
  join: (pieces) => {
    if (!pieces.length) return [enc('{\n  "version": 1,\n  "files": []\n}\n')];
    const separator = enc(`,${ENTRY_INDENT}`);
    return [enc(`{\n  "version": 1,\n  "files": [${ENTRY_INDENT}`), ...pieces.flatMap((p, i) => (i ? [separator, p] : [p])), enc('\n  ]\n}\n')];
  },
};
