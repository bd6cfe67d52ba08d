import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { CLIENT_COMMANDS, COVERAGE_CHANGED_NOTIFICATION, type CoverageResponse } from '../../server/src/lsp/protocol.js';

type Counts = Pick<CoverageResponse, 'uri' | 'covered' | 'applicable' | 'countLabel' | 'noChecklist'>;

/**
 * "17/19 statutory items covered" (or standards, or plan parts, by kind) for the active Markdown document. The server sends new counts as documents
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

  private show({ covered, applicable, countLabel, noChecklist }: Counts): void {
    if (applicable === 0) {
      // a Wales ALN policy: say why there is no count rather than leave the user wondering
      if (!noChecklist) return this.item.hide();
      this.item.text = '$(info) No statutory checklist';
      this.item.tooltip = `sendlint: ${noChecklist.why} Click for what is checked instead.`;
      this.item.backgroundColor = undefined;
      return this.item.show();
    }
    this.item.text = `$(checklist) ${covered}/${applicable} ${countLabel}`;
    this.item.tooltip = `sendlint: ${covered} of ${applicable} ${countLabel}. Click for the full list.`;
    this.item.backgroundColor = covered < applicable ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
