import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient';
import { CLIENT_COMMANDS, COVERAGE_REQUEST, SERVER_COMMANDS, type CoverageParams, type CoverageResponse, type TemplateParams } from '../../server/src/lsp/protocol.js';
import { REVEAL_COMMAND, showCoverageView } from './coverage-view.js';
import { newDocument } from './new-document.js';
import { CoverageStatusBar } from './status-bar.js';
import { OPEN_SAMPLE_COMMAND, openSample } from './walkthrough.js';

/**
 * Everything the extension adds on top of the language client, shared by the Node and browser
 * entries: the commands, the coverage view and the status bar. All decisions are the server's.
 */
export function registerFeatures(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const requestCoverage = (uri: vscode.Uri) =>
    client.sendRequest<CoverageResponse>(COVERAGE_REQUEST, { textDocument: { uri: uri.toString() } } satisfies CoverageParams);
  const statusBar = new CoverageStatusBar(client, requestCoverage);

  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand(CLIENT_COMMANDS.showCoverage, async (target?: vscode.Uri | string) => {
      const uri = markdownTarget(target);
      if (uri) showCoverageView(context, await requestCoverage(uri));
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.newDocument, (kind?: TemplateParams['kind']) => newDocument(client, kind)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.insertAllMissing, async (target?: vscode.Uri | string) => {
      const uri = markdownTarget(target);
      if (!uri) return;
      await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.insertAllMissing, arguments: [uri.toString()] });
    }),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealEvidence),
    vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, () => openSample(context)),
  );
}

/** The document a command acts on: its argument (from a code lens or menu), else the active Markdown editor. */
function markdownTarget(target?: vscode.Uri | string): vscode.Uri | undefined {
  if (target) return typeof target === 'string' ? vscode.Uri.parse(target) : target;
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'markdown') return editor.document.uri;
  void vscode.window.showInformationMessage('Open a Markdown SEN document first, then run this command again.');
  return undefined;
}

/** Opens a document with the given line selected; used by the coverage view's links. */
async function revealEvidence(uri: string, line: number, character: number): Promise<void> {
  const position = new vscode.Position(line, character);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), {
    selection: new vscode.Range(position, position),
    viewColumn: vscode.ViewColumn.One,
  });
}
