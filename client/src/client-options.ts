import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';

/** Files the server reads for configuration; it is told when they change so findings refresh. */
const CONFIG_GLOB = '**/{.sendlintrc.yaml,.sendlintrc.yml,sendlint.config.json}';

/** Options shared by the Node and browser clients: which documents, which settings, which files. */
export function clientOptions(): LanguageClientOptions {
  const watchers = vscode.workspace.workspaceFolders ? [vscode.workspace.createFileSystemWatcher(CONFIG_GLOB)] : [];
  return {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // the web entry sees workspace files under other schemes: vscode.dev / github.dev repositories
      // (vscode-vfs) and a remote host's files when the extension runs in the browser (vscode-remote)
      { scheme: 'vscode-vfs', language: 'markdown' },
      { scheme: 'vscode-remote', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'sendlint', fileEvents: watchers },
  };
}
