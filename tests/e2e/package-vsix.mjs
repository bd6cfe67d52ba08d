// npm run package: builds production bundles and packages them with @vscode/vsce (Node 24, from .cache/).
// Everything happens in a staging folder, .cache/vsix/: esbuild runs there (through symlinks to the sources)
// so a development build running in the checkout at the same time cannot swap unminified bundles into the
// VSIX, and vsce sees only the files the extension ships. The staged folder is also the extension folder
// the extension-host tests load, so they test exactly what is packaged.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE, node24Env, ROOT, STAGE, VSIX } from './paths.mjs';

const BUNDLES = ['dist/client.cjs', 'dist/client-browser.cjs', 'dist/server.cjs', 'dist/server-browser.js'];
const SHIPPED = ['package.json', '.vscodeignore', 'client/README.md', 'client/media', 'grammars', 'samples', 'server/src/config/sendlintrc.schema.json'];
const LIMIT = 2 * 1024 * 1024;

const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...options });

run('bash', [join(ROOT, 'tests/e2e/setup.sh'), 'vsce']);
run('node', [join(ROOT, 'scripts/compile-standards.mjs')], { cwd: ROOT });

const build = join(CACHE, 'vsix-build');
rmSync(build, { recursive: true, force: true });
mkdirSync(join(build, 'dist'), { recursive: true });
for (const link of ['server', 'client', 'node_modules', 'package.json']) symlinkSync(join(ROOT, link), join(build, link));
run('node', [join(ROOT, 'esbuild.mjs'), '--production'], { cwd: build });

rmSync(STAGE, { recursive: true, force: true });
for (const path of [...SHIPPED, ...BUNDLES]) {
  const from = join(BUNDLES.includes(path) ? build : ROOT, path);
  mkdirSync(dirname(join(STAGE, path)), { recursive: true });
  cpSync(from, join(STAGE, path), { recursive: true });
}

const vsce = join(CACHE, 'vsce/node_modules/@vscode/vsce/vsce');
run('node', [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository',
  '--readme-path', 'client/README.md', '--out', VSIX], { cwd: STAGE, env: node24Env() });
const size = statSync(VSIX).size;
console.log(`VSIX ${VSIX}: ${(size / 1024).toFixed(0)} KB`);
if (size > LIMIT) throw new Error(`the VSIX is ${(size / 1024).toFixed(0)} KB, over the 2 MB limit`);
