import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions } from './client-options.js';
import { registerFeatures } from './features.js';

let client: LanguageClient | undefined;

/** vscode.dev / github.dev entry: the server (with the standards compiled in) runs in a web worker. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const worker = await startServerWorker(vscode.Uri.joinPath(context.extensionUri, 'dist/server-browser.js'));
  client = new LanguageClient('sendlint', 'sendlint', worker, clientOptions());
  registerFeatures(context, client);
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

/**
 * On vscode.dev the extension is served over https and the worker loads from its URL. When the extension
 * is installed on a remote host instead (code-server, Codespaces), VS Code refuses workers from
 * vscode-remote URLs, so the script is read through the workspace file system and started from a blob.
 */
async function startServerWorker(script: vscode.Uri): Promise<Worker> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const code = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([code as Uint8Array<ArrayBuffer>], { type: 'text/javascript' })));
}
