import * as vscode from 'vscode';
import type { CoverageStatus } from '../../server/src/engine/types.js';
import { CLIENT_COMMANDS, type CoverageItem, type CoverageResponse } from '../../server/src/lsp/protocol.js';

/** Internal command behind the view's links (not in the command palette). */
export const REVEAL_COMMAND = 'sendlint.revealEvidence';

// plain symbols rather than emoji: they render with any font, including on locked-down school laptops
const STATUS_LABEL: Record<CoverageStatus, string> = {
  covered: '✓ covered',
  partial: '◐ partly covered',
  missing: '✗ missing',
  'not-applicable': '– not required here',
};

let panel: vscode.WebviewPanel | undefined;

/** Shows (or refreshes) the coverage table beside the document. Links use command URIs, so no scripts run. */
export function showCoverageView(context: vscode.ExtensionContext, coverage: CoverageResponse): void {
  if (!panel) {
    panel = vscode.window.createWebviewPanel('sendlint.coverage', 'Statutory coverage', vscode.ViewColumn.Beside, {
      enableScripts: false,
      enableCommandUris: [REVEAL_COMMAND, CLIENT_COMMANDS.insertAllMissing],
    });
    panel.onDidDispose(() => (panel = undefined), undefined, context.subscriptions);
  }
  panel.title = `Coverage: ${fileName(coverage.uri)}`;
  panel.webview.html = renderCoverage(coverage, panel.webview.cspSource);
  panel.reveal(vscode.ViewColumn.Beside, true);
}

function renderCoverage(coverage: CoverageResponse, cspSource: string): string {
  const missing = coverage.items.some((i) => i.status === 'missing');
  const insertLink = missing
    ? `<p><a href="${commandUri(CLIENT_COMMANDS.insertAllMissing, [coverage.uri])}">Insert a section for every missing item</a></p>`
    : '';
  const rows = coverage.items.map((item) => row(coverage.uri, item)).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline';">
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
  .citation { color: var(--vscode-descriptionForeground); font-size: 90%; }
</style></head>
<body>
<h2>${escape(fileName(coverage.uri))}: ${coverage.covered} of ${coverage.applicable} statutory items covered</h2>
<p>Read as a <strong>${escape(coverage.documentKind)}</strong>, ${escape(coverage.jurisdiction)}${coverage.setting ? `, ${escape(coverage.setting)}` : ''}.</p>
${insertLink}
<table>
<thead><tr><th>Item</th><th>What the law asks</th><th>Status</th><th>Where</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>`;
}

function row(uri: string, item: CoverageItem): string {
  const where = item.evidence
    ? `<a href="${commandUri(REVEAL_COMMAND, [uri, item.evidence.start.line, item.evidence.start.character])}">line ${item.evidence.start.line + 1}</a>`
    : '';
  return `<tr><td>${escape(item.title)}<div class="citation">${escape(item.citation)}</div></td>` +
    `<td>${escape(item.summary)}</td><td>${STATUS_LABEL[item.status]}</td><td>${where}</td></tr>`;
}

function commandUri(command: string, args: unknown[]): string {
  return escape(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`);
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)) || uri;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
