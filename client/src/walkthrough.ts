import * as vscode from 'vscode';

export const OPEN_SAMPLE_COMMAND = 'sendlint.openSample';

/** The walkthrough's first step: a copy of a bundled sample as an unsaved document, so fixes can be tried freely. */
export async function openSample(context: vscode.ExtensionContext): Promise<void> {
  const sample = vscode.Uri.joinPath(context.extensionUri, 'samples', 'old-style-policy.md');
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(sample));
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc);
}
