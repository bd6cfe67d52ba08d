import { buildDocument, type DocumentModel } from './document.js';
import { computeCoverage } from './coverage.js';
import { decideFacts } from './facts.js';
import { standards as bundledStandards, type Standards } from './standards.js';
import type { Rule, RuleContext } from './rule.js';
import type { CoverageResult, Finding, LintOptions, LintResult } from './types.js';
import { rules as allRules } from '../rules/index.js';
import { docsUrl } from './docs-url.js';
import { applySuppressions, UNUSED_SUPPRESSION_RULE } from './suppressions.js';
import { unusedMessage } from '../rules/unused-suppression.js';
import { readabilityOf } from './language/sentences.js';

export const INTERNAL_ERROR_RULE = 'internal-error';

/** Lints Markdown text. The one way into the engine for the CLI, the server and tests. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintDocument(buildDocument(text), options);
}

export function lintDocument(doc: DocumentModel, options: LintOptions = {}, standards: Standards = bundledStandards): LintResult {
  const config = options.config ?? {};
  const facts = decideFacts(doc, config);
  let coverage: CoverageResult[] | null = null;
  const getCoverage = () => (coverage ??= computeCoverage(doc, facts, standards));
  const findings: Finding[] = [];
  const now = options.now ?? new Date();

  const selected: Rule[] = options.onlyRules ? allRules.filter((r) => options.onlyRules!.includes(r.meta.id)) : allRules;
  for (const rule of selected) {
    const configured = config.rules?.[rule.meta.id];
    if (configured === 'off') continue;
    const context: RuleContext = {
      doc,
      facts,
      standards,
      config,
      options: config.ruleOptions?.[rule.meta.id] ?? {},
      coverage: getCoverage,
      now,
      report(input) {
        findings.push({
          ruleId: rule.meta.id,
          severity: configured ?? input.severity ?? rule.meta.defaultSeverity,
          message: input.message,
          range: doc.lines.rangeOf(input.span),
          citation: input.citation ?? rule.meta.citation,
          requirement: input.requirement,
          subject: input.subject,
          fixes: input.fixes,
          related: input.related?.map(({ span, message }) => ({ range: doc.lines.rangeOf(span), message })),
          docsUrl: docsUrl(rule.meta.id),
        });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // One faulty rule must not hide every other finding: report it and go on.
      findings.push({
        ruleId: INTERNAL_ERROR_RULE,
        severity: 'warning',
        message: `sendlint's "${rule.meta.id}" check failed on this document (${(error as Error).message}). The other checks still ran. Please report this.`,
        range: doc.lines.rangeOf({ start: 0, end: 0 }),
        subject: rule.meta.id,
      });
    }
  }

  // <!-- sendlint-disable ... --> comments: drop what they cover, then report the ones that covered nothing.
  const ran = selected.filter((r) => config.rules?.[r.meta.id] !== 'off').map((r) => r.meta.id);
  const suppressed = applySuppressions(doc, findings, ran);
  findings.splice(0, findings.length, ...suppressed.findings.slice());
  const unusedRule = ran.includes(UNUSED_SUPPRESSION_RULE) ? allRules.find((r) => r.meta.id === UNUSED_SUPPRESSION_RULE) : undefined;
  for (const directive of unusedRule ? suppressed.unused : []) {
    findings.push({
      ruleId: UNUSED_SUPPRESSION_RULE,
      severity: (config.rules?.[UNUSED_SUPPRESSION_RULE] as Finding['severity'] | undefined) ?? unusedRule!.meta.defaultSeverity,
      message: unusedMessage(directive),
      range: doc.lines.rangeOf(directive.span),
      docsUrl: docsUrl(UNUSED_SUPPRESSION_RULE),
    });
  }

  findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId),
  );
  return {
    documentKind: facts.kind,
    setting: facts.setting,
    jurisdiction: facts.jurisdiction,
    inferred: facts.inferred,
    findings,
    coverage: getCoverage(),
    readability: readabilityOf(doc),
  };
}
