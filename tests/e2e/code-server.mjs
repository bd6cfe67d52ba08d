// Starts code-server (a real VS Code: web workbench + Node extension host) from .cache/, in its own process
// group so that stop() also ends the extension host and language server it spawned. All state (user data,
// extensions, XDG dirs, sockets) stays inside the given state folder; it listens on 127.0.0.1 only.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CACHE, node24Env } from './paths.mjs';

const CODE_SERVER = join(CACHE, 'code-server/node_modules/.bin/code-server');

// Keep the workbench free of panels and prompts that have nothing to do with sendlint (and that would cover
// the editor in screenshots): the chat view, the git prompt for the repository around .cache/, the welcome page.
const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'git.openRepositoryInParentFolders': 'never',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs code-server once with arguments (for example --install-extension) and waits for it to exit. */
export function codeServerOnce(stateDir, args) {
  const { env, baseArgs } = prepare(stateDir, 0);
  return new Promise((resolve, reject) => {
    const child = spawn(CODE_SERVER, [...baseArgs, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`code-server ${args.join(' ')} failed:\n${output}`))));
  });
}

/** Starts code-server and resolves once /healthz answers. */
export async function startCodeServer(stateDir, args = [], settings = {}) {
  const port = await freePort();
  const { env, baseArgs } = prepare(stateDir, port, settings);
  const log = openSync(join(stateDir, 'code-server.log'), 'w');
  const child = spawn(CODE_SERVER, [...baseArgs, ...args], { env, detached: true, stdio: ['ignore', log, log] });
  const stop = async () => {
    for (const signal of ['SIGTERM', 'SIGKILL']) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        return; // the group is already gone
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early; see ${join(stateDir, 'code-server.log')}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return { url, host: `127.0.0.1:${port}`, stop, commands: () => groupCommands(child.pid) };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error('code-server did not answer /healthz within 60 s');
}

function prepare(stateDir, port, settings = {}) {
  const dirs = { ud: join(stateDir, 'user-data'), ext: join(stateDir, 'extensions'), tmp: join(stateDir, 'tmp'), xdg: join(stateDir, 'xdg') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.ud, 'User'), { recursive: true });
  writeFileSync(join(dirs.ud, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const config = join(stateDir, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  // VS Code's server puts its IPC sockets in TMPDIR; XDG dirs keep code-server's own files out of $HOME
  const env = {
    ...node24Env(),
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: join(dirs.xdg, 'config'),
    XDG_DATA_HOME: join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: join(dirs.xdg, 'cache'),
  };
  const baseArgs = [
    '--config', config, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', '--user-data-dir', dirs.ud, '--extensions-dir', dirs.ext,
  ];
  return { env, baseArgs };
}

/** Command lines of every process in code-server's process group (extension hosts, language servers). */
function groupCommands(pgid) {
  return execFileSync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim().split(/\s+/, 1)[0] === String(pgid))
    .map((line) => line.trim().replace(/^\d+\s+/, ''));
}
