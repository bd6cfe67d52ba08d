import type { CoverageStatus } from '../../server/src/engine/types.js';
import {
  CLIENT_COMMANDS,
  NEW_DOCUMENT_KINDS,
  type ActionPlanCoverage,
  type ActionPlanPart,
  type CoverageItem,
  type CoverageResponse,
  type SelfReviewCoverage,
  type SelfReviewEntry,
} from '../../server/src/lsp/protocol.js';

/**
 * The coverage view's page, from what the server sends for the document's kind. No vscode API here, so the
 * page can be checked outside the editor; links are command URIs, so the webview runs no scripts.
 */

/** Internal command behind the view's links (not in the command palette). */
export const REVEAL_COMMAND = 'sendlint.revealEvidence';

// plain symbols rather than emoji: they render with any font, including on locked-down school laptops
const STATUS_LABEL: Record<CoverageStatus, string> = {
  covered: '✓ covered',
  partial: '◐ partly covered',
  missing: '✗ missing',
  'not-applicable': '– not required here',
};

const SELF_REVIEW_LABEL: Record<SelfReviewEntry['state'], string> = {
  rated: '',
  'no-status': '✗ no status',
  unclear: '◐ status unclear',
  'not-in-form': '✗ not in the form',
};

export function renderCoverage(coverage: CoverageResponse, cspSource: string): string {
  const kind = NEW_DOCUMENT_KINDS.find((k) => k.kind === coverage.documentKind)?.label ?? coverage.documentKind;
  const place = coverage.jurisdiction === 'wales' ? 'Wales' : 'England';
  const heading = coverage.applicable > 0 ? `${coverage.covered} of ${coverage.applicable} ${coverage.countLabel}` : 'no statutory checklist';
  const body = coverage.selfReview
    ? renderSelfReview(coverage.uri, coverage.selfReview)
    : coverage.actionPlan
      ? renderActionPlan(coverage.uri, coverage.actionPlan)
      : coverage.items.length
        ? renderRequirements(coverage)
        : renderNoChecklist(coverage);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline';">
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
  table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
  th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
  .citation, .note { color: var(--vscode-descriptionForeground); font-size: 90%; }
</style></head>
<body>
<h2>${escape(fileName(coverage.uri))}: ${escape(heading)}</h2>
<p>Read as: <strong>${escape(kind)}</strong> (${place}${coverage.setting ? `, ${escape(coverage.setting)}` : ''}).</p>
${body}
</body></html>`;
}

function renderRequirements(coverage: CoverageResponse): string {
  const missing = coverage.items.some((i) => i.status === 'missing');
  const insertLink = missing
    ? `<p><a href="${commandUri(CLIENT_COMMANDS.insertAllMissing, [coverage.uri])}">Insert a section for every missing item</a></p>`
    : '';
  const checklists = [...new Set(coverage.items.map((i) => i.standard))];
  const tables = checklists.map((standard) => {
    const rows = coverage.items.filter((i) => i.standard === standard).map((item) => requirementRow(coverage.uri, item));
    return `<h3>${escape(standard)}</h3>
<table>
<thead><tr><th>Item</th><th>What is asked</th><th>Status</th><th>Where</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
  });
  return insertLink + tables.join('\n');
}

function requirementRow(uri: string, item: CoverageItem): string {
  const reason = item.reason && item.status !== 'covered' ? `<div class="note">${escape(item.reason)}</div>` : '';
  return `<tr><td>${escape(item.title)}<div class="citation">${escape(item.citation)}</div></td>` +
    `<td>${escape(item.summary)}</td><td>${STATUS_LABEL[item.status]}${reason}</td><td>${where(uri, item.evidence)}</td></tr>`;
}

function renderSelfReview(uri: string, review: SelfReviewCoverage): string {
  const needs = review.statuses[review.statuses.length - 1] ?? '';
  const intro = `<p class="note">${escape(review.citation)}. Each standard needs a status (${review.statuses.map((s) => `“${escape(s)}”`).join(' or ')}); “${escape(needs)}” also needs evidence.</p>`;
  const groups = review.groups.map((group) => {
    const rows = group.standards.map((s) => {
      const status = s.state === 'rated' ? escape(s.status ?? '') : SELF_REVIEW_LABEL[s.state];
      const evidence = s.evidence ? escape(s.evidence) : s.evidenceNeeded ? '✗ evidence needed' : '';
      const mark = s.complete ? '✓' : '';
      return `<tr><td>${escape(s.id)}</td><td>${escape(s.text)}</td><td>${mark} ${status}</td><td>${evidence}</td><td>${where(uri, s.range)}</td></tr>`;
    });
    return `<h3>${escape(group.id)}. ${escape(group.title)}</h3>
<table>
<thead><tr><th>No.</th><th>Standard</th><th>Status</th><th>Evidence</th><th>Where</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
  });
  return intro + groups.join('\n');
}

function renderActionPlan(uri: string, plan: ActionPlanCoverage): string {
  const section = (title: string, parts: ActionPlanPart[], empty: string) => {
    if (!parts.length) return `<h3>${escape(title)}</h3><p>${escape(empty)}</p>`;
    const rows = parts.map((p) => {
      const state = p.complete ? '✓ complete' : '✗ to do';
      const problems = p.problems.map((m) => `<div>${escape(m)}</div>`).join('');
      return `<tr><td>${escape(p.label)}${p.value ? `<div class="note">${escape(p.value)}</div>` : ''}</td><td>${state}</td><td>${problems}</td><td>${where(uri, p.range)}</td></tr>`;
    });
    return `<h3>${escape(title)}</h3>
<table>
<thead><tr><th>Part</th><th>Status</th><th>What is left</th><th>Where</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
  };
  return `<p class="note">${escape(plan.citation)}</p>` +
    section('Above the table', plan.fields, '') +
    section('The action table', [plan.table, plan.totalCost], '') +
    section('Aims', plan.aims, 'No aims yet: add a row to the table for each aim.');
}

function renderNoChecklist(coverage: CoverageResponse): string {
  if (!coverage.noChecklist) return '<p>sendlint has no checklist for this kind of document. It still checks the language: acronyms, outdated terms, jargon and readability.</p>';
  const { why, checkedInstead } = coverage.noChecklist;
  return `<p>${escape(why)}</p>
<p>What sendlint checks instead:</p>
<ul>${checkedInstead.map((c) => `<li>${escape(c)}</li>`).join('')}</ul>`;
}

function where(uri: string, range: { start: { line: number; character: number } } | undefined): string {
  return range ? `<a href="${commandUri(REVEAL_COMMAND, [uri, range.start.line, range.start.character])}">line ${range.start.line + 1}</a>` : '';
}

function commandUri(command: string, args: unknown[]): string {
  return escape(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`);
}

export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)) || uri;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
