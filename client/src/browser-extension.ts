import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions } from './client-options.js';
import { registerFeatures } from './features.js';

let client: LanguageClient | undefined;

/** vscode.dev / github.dev entry: the server (with the standards compiled in) runs in a web worker. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist/server-browser.js');
  const worker = new Worker(serverUrl.toString(true));
  client = new LanguageClient('sendlint', 'sendlint', worker, clientOptions());
  registerFeatures(context, client);
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
