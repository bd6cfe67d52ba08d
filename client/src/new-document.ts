import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { NEW_DOCUMENT_KINDS, TEMPLATE_REQUEST, type TemplateParams, type TemplateResponse } from '../../server/src/lsp/protocol.js';

type TemplateKind = TemplateParams['kind'];

interface KindPick extends vscode.QuickPickItem {
  documentKind: TemplateKind;
}

const PICKS: KindPick[] = NEW_DOCUMENT_KINDS.map(({ kind, label, detail }) => ({ documentKind: kind, label, detail }));

/**
 * Opens an unsaved Markdown document from the server's template for a kind: the one given (from a link,
 * keybinding or test), else the one picked from the list of every kind sendlint checks.
 */
export async function newDocument(client: BaseLanguageClient, given?: TemplateKind): Promise<void> {
  const kind =
    given ?? (await vscode.window.showQuickPick(PICKS, { title: 'sendlint: New SEN document', placeHolder: 'Which document are you writing?', matchOnDetail: true }))?.documentKind;
  if (!kind) return;
  const { text } = await client.sendRequest<TemplateResponse>(TEMPLATE_REQUEST, { kind } satisfies TemplateParams);
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.window.showTextDocument(doc);
}
