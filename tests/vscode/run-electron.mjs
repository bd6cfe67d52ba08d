// Runs the extension-host suite in a desktop VS Code through @vscode/test-electron, where one can be
// downloaded (not on these offline machines: there `npm run test:e2e` runs the same suite in code-server).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const workspace = mkdtempSync(join(tmpdir(), 'sendlint-ws-'));
cpSync(join(root, 'samples'), workspace, { recursive: true });
await runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, 'tests/vscode/suite/index.cjs'),
  launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
});
