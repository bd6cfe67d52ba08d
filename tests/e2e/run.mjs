// npm run test:e2e: installs the tools into .cache/ the first time, packages the VSIX, then runs
// (b) the extension-host suite and (c) the UI test, with the extension's Node entry and then its web entry
// (server in a web worker), each against a fresh copy of samples/. `node tests/e2e/run.mjs ui` runs one.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runExtensionHostTests } from './ext-host.mjs';
import { CACHE, lap, ROOT } from './paths.mjs';
import { runUiTest } from './ui.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });

run('bash', ['tests/e2e/setup.sh']);
lap('tools ready');
run('npm', ['run', '--silent', 'package']);
lap('VSIX packaged');

/** A fresh state folder and a fresh copy of the samples for one test, so runs never see each other's edits. */
function fresh(name) {
  const stateDir = join(CACHE, 'e2e', name);
  rmSync(stateDir, { recursive: true, force: true });
  const workspace = join(stateDir, 'workspace');
  cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
  return [stateDir, workspace];
}

const only = process.argv[2];
if (!only || only === 'ext-host') await runExtensionHostTests(...fresh('ext-host'));
if (!only || only === 'ui') await runUiTest(...fresh('ui'), 'node');
if (!only || only === 'ui-web') await runUiTest(...fresh('ui-web'), 'web');
lap('end-to-end tests passed');
