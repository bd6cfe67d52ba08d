import * as vscode from 'vscode';
import { CLIENT_COMMANDS, type CoverageResponse } from '../../server/src/lsp/protocol.js';
import { fileName, REVEAL_COMMAND, renderCoverage } from './coverage-html.js';

export { REVEAL_COMMAND } from './coverage-html.js';

let panel: vscode.WebviewPanel | undefined;

/** Shows (or refreshes) the coverage of a document beside it, in the shape the server sends for its kind. */
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
