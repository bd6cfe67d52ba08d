import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { DocumentKind } from '../../server/src/engine/types.js';
import { TEMPLATE_REQUEST, type TemplateParams, type TemplateResponse } from '../../server/src/lsp/protocol.js';

interface KindPick extends vscode.QuickPickItem {
  documentKind: DocumentKind;
}

/** The documents a school publishes that have a statutory checklist to start from. */
const KINDS: KindPick[] = [
  { documentKind: 'sen-information-report', label: 'SEN information report', detail: 'England: the annual report required by the SEND Regulations 2014, Schedule 1' },
  { documentKind: 'sen-policy', label: 'SEN policy', detail: 'England: the school’s policy for pupils with special educational needs' },
  { documentKind: 'combined', label: 'SEN policy and information report (combined)', detail: 'England: one document that does both jobs' },
  { documentKind: 'aln-policy', label: 'ALN policy', detail: 'Wales: additional learning needs policy' },
];

/**
 * Opens an unsaved Markdown document from the server's template for a kind: the one given (from a link or
 * keybinding), else the one picked from a list.
 */
export async function newDocument(client: BaseLanguageClient, given?: DocumentKind): Promise<void> {
  const kind = given ?? (await vscode.window.showQuickPick(KINDS, { title: 'sendlint: New SEN document', placeHolder: 'Which document are you writing?' }))?.documentKind;
  if (!kind) return;
  const { text } = await client.sendRequest<TemplateResponse>(TEMPLATE_REQUEST, { kind } satisfies TemplateParams);
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.window.showTextDocument(doc);
}
