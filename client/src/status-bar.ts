import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { CLIENT_COMMANDS, COVERAGE_CHANGED_NOTIFICATION, type CoverageResponse } from '../../server/src/lsp/protocol.js';

type Counts = Pick<CoverageResponse, 'uri' | 'covered' | 'applicable'>;

/**
 * "Statutory items: 17/19" for the active Markdown document. The server sends new counts as documents
 * change; for a document it has not reported yet we ask for its coverage once.
 */
export class CoverageStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sendlint.coverage', vscode.StatusBarAlignment.Left, 10);
  private readonly counts = new Map<string, Counts>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly requestCoverage: (uri: vscode.Uri) => Promise<CoverageResponse>,
  ) {
    this.item.name = 'sendlint statutory coverage';
    this.item.command = CLIENT_COMMANDS.showCoverage;
    this.disposables.push(
      client.onNotification(COVERAGE_CHANGED_NOTIFICATION, (counts: Counts) => {
        this.counts.set(counts.uri, counts);
        this.update();
      }),
      client.onDidChangeState(({ newState }) => newState === State.Running && this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.counts.delete(doc.uri.toString())),
    );
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') return this.item.hide();
    const counts = this.counts.get(doc.uri.toString());
    if (counts) return this.show(counts);
    this.item.hide();
    if (this.client.state !== State.Running) return;
    this.requestCoverage(doc.uri).then(
      (coverage) => {
        this.counts.set(coverage.uri, coverage);
        if (vscode.window.activeTextEditor?.document === doc) this.show(coverage);
      },
      () => undefined, // the document closed or the server restarted; the next notification fixes the display
    );
  }

  private show({ covered, applicable }: Counts): void {
    // documents with no statutory checklist (for example a SENCO job description) show nothing
    if (applicable === 0) return this.item.hide();
    this.item.text = `$(checklist) ${covered}/${applicable} statutory items`;
    this.item.tooltip = `sendlint: ${covered} of ${applicable} required items are covered. Click for the full list.`;
    this.item.backgroundColor = covered < applicable ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
