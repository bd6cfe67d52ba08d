// (b) Extension-host tests in code-server, the way @vscode/test-electron runs them: the workbench is opened
// with a payload naming the extension under development (the staged VSIX contents) and the test module; the test
// module's run() executes in the Node extension host, and the page calls codeAutomationExit(code) at the end.
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { lap, STAGE, SUITE } from './paths.mjs';

// workbench chatter that says nothing about the tests
const NOISE = /Creation of workbench contribution|ChatModelSelection|AgentHost|AccountPolicyGate|Creating a socket|connection token|grace time|Service Worker|builtin extensions cache/;

export async function runExtensionHostTests(stateDir, workspace) {
  // enable-smoke-test-driver makes the web workbench honour the test payload and report the exit code
  const server = await startCodeServer(stateDir, ['--vscode-option', 'enable-smoke-test-driver']);
  lap(`ext-host: code-server up at ${server.url}`);
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = (args ?? []).map(String).join(' ');
      if (process.env.VERBOSE || !NOISE.test(text)) console.log(`  [vscode ${type}] ${text.split('\n')[0]}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    const remote = (path) => `vscode-remote://${server.host}${path}`;
    const payload = [['extensionDevelopmentPath', remote(STAGE)], ['extensionTestsPath', remote(SUITE)]];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    lap('ext-host: workbench loading, tests running');
    // The time limit must not outlive the tests: a pending timer kept the runner alive for minutes after they passed.
    let limit;
    const code = await Promise.race([exited, new Promise((r) => (limit = setTimeout(() => r('timeout after 180 s'), 180_000)))]);
    clearTimeout(limit);
    lap(`ext-host: finished with exit code ${code}`);
    if (code !== 0) throw new Error(`extension-host tests failed (${code}); code-server log: ${join(stateDir, 'code-server.log')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
