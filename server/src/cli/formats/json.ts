import type { Formatter } from './types.js';

/** The JSON contract other tools rely on: version 1, 0-based LSP-style positions. */
export const formatJson: Formatter = (reports) =>
  JSON.stringify(
    {
      version: 1,
      files: reports.map(({ path, result, error }) =>
        result
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
          : { path, error },
      ),
    },
    null,
    2,
  ) + '\n';
