// (c) UI test: the packaged VSIX installed into code-server, a sample opened through the Explorer in headless
// Chromium, and a sendlint diagnostic seen as a squiggle and as a Problems panel entry. Saves a screenshot.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { codeServerOnce, startCodeServer } from './code-server.mjs';
import { ARTIFACTS, lap, VSIX } from './paths.mjs';

const SAMPLE = 'old-style-policy.md';

/**
 * host 'node': the extension's `main` runs in code-server's Node extension host and starts dist/server.cjs.
 * host 'web': `remote.extensionKind` moves it into the browser's web-worker extension host, so its `browser`
 * entry runs and the server is dist/server-browser.js in a worker, as on vscode.dev.
 */
export async function runUiTest(stateDir, workspace, host = 'node') {
  await codeServerOnce(stateDir, ['--force', '--install-extension', VSIX]);
  lap(`ui(${host}): VSIX installed into code-server`);
  const settings = host === 'web' ? { 'remote.extensionKind': { 'sendlint.sendlint': ['web'] } } : {};
  const server = await startCodeServer(stateDir, [], settings);
  const browser = await launchBrowser();
  const { page } = browser;
  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = join(ARTIFACTS, host === 'web' ? 'ui-diagnostic-web.png' : 'ui-diagnostic.png');
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    lap(`ui(${host}): workbench loaded`);
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE });
    await row.waitFor({ timeout: 60_000 });
    await row.dblclick();
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
    lap(`ui(${host}): ${SAMPLE} open`);
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info').first()
      .waitFor({ timeout: 60_000 });
    lap(`ui(${host}): squiggle visible`);
    const problems = await page.locator('[id="status.problems"]').getAttribute('aria-label');
    lap(`ui(${host}): status bar says ${JSON.stringify(problems)}`);
    if (!/(Errors|Warnings): [1-9]/.test(problems ?? '')) throw new Error(`status bar shows no problems: ${problems}`);
    const coverage = page.locator('.statusbar-item', { hasText: 'items covered' }).first();
    await coverage.waitFor({ timeout: 30_000 });
    lap(`ui(${host}): status bar coverage ${JSON.stringify(await coverage.innerText())}`);
    // which entry ran: the Node one starts dist/server.cjs beside code-server, the web one starts no process
    const nodeServers = server.commands().filter((c) => c.includes('dist/server.cjs'));
    lap(`ui(${host}): ${nodeServers.length} Node language server process(es)`);
    if ((host === 'node') !== (nodeServers.length > 0)) throw new Error(`the ${host} entry did not run: ${nodeServers.join('; ')}`);
    await page.keyboard.press('Control+Shift+M'); // View: Problems
    const entry = page.locator('.markers-panel .monaco-list-row', { hasText: 'sendlint' }).first();
    await entry.waitFor({ timeout: 30_000 });
    lap(`ui(${host}): Problems entry ${JSON.stringify((await entry.innerText()).replace(/\s+/g, ' '))}`);
    await page.screenshot({ path: shot });
    lap(`ui(${host}): screenshot ${shot}`);
    lap(`ui(${host}): coverage view says ${JSON.stringify(await showCoverage(page, shot.replace(/diagnostic/, 'coverage')))}`);
  } catch (error) {
    await page.screenshot({ path: shot.replace(/\.png$/, '-FAILED.png') }).catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Runs "sendlint: Show statutory coverage" from the command palette and waits for the view's tab. */
async function showCoverage(page, shot) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('sendlint: Show statutory coverage');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show statutory coverage' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab', { hasText: `Coverage: ${SAMPLE}` }).waitFor({ timeout: 30_000 });
  // a webview is an iframe (VS Code's host page) holding another (the view's own HTML)
  const heading = page.frameLocator('iframe.webview').frameLocator('#active-frame').locator('h2', { hasText: 'items covered' });
  await heading.waitFor({ timeout: 30_000 });
  await page.screenshot({ path: shot });
  return heading.innerText();
}
