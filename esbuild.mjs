// Bundles the CLI, the language server (Node and browser worker) and the thin
// VS Code client. Standards are compiled JSON imported by the engine, so every
// bundle carries them and no bundle reads rule data from disk.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

// ESM-only dependencies read import.meta.url; give CJS bundles a real one.
const nodeCjs = {
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// The CLI's engine side (server/src/cli/engine-side.ts) stays a file of its own, dist/cli-worker.cjs,
// loaded when first needed: a run answered from the cache never reads the engine.
const cliEngineSide = {
  name: 'cli-engine-side',
  setup(build) {
    build.onResolve({ filter: /^\.\/pool-worker\.js$/ }, (args) => (args.importer.endsWith('engine-side.ts') ? { path: './cli-worker.cjs', external: true } : undefined));
  },
};

// The CLI's front only asks the readers which files they convert; converting is the engine side's work,
// so their libraries (about a megabyte) are left out of dist/cli.cjs.
const cliFrontWithoutReaders = {
  name: 'cli-front-without-readers',
  setup(build) {
    build.onResolve({ filter: /^\.\/(pdf|docx|html)\.js$/ }, (args) =>
      /readers[\\/]index\.ts$/.test(args.importer) ? { path: args.path, namespace: 'engine-side-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'engine-side-only' }, (args) => ({
      contents: `throw new Error('sendlint: ${args.path} converts documents on the CLI engine side (dist/cli-worker.cjs), not in dist/cli.cjs');`,
    }));
  },
};

const builds = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.cjs', ...nodeCjs, plugins: [cliEngineSide, cliFrontWithoutReaders] },
  // The CLI's engine side, which its worker threads run too.
  { entryPoints: ['server/src/cli/pool-worker.ts'], outfile: 'dist/cli-worker.cjs', ...nodeCjs, plugins: [cliEngineSide] },
  // What each worker thread starts from: loads dist/cli-worker.cjs with require() (see the file).
  { entryPoints: ['server/src/cli/pool-thread.ts'], outfile: 'dist/cli-thread.mjs', platform: 'node', format: 'esm', target: 'node20' },
  { entryPoints: ['server/src/lsp/node-main.ts'], outfile: 'dist/server.cjs', ...nodeCjs },
  // The bare engine as ESM, for bench/run.mjs.
  {
    entryPoints: ['server/src/engine/index.ts'],
    outfile: 'dist/engine.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies (yaml) call require(); give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  },
  // 'worker' first: packages such as decode-named-character-reference have a DOM-only "browser" build, and a worker has no document.
  { entryPoints: ['server/src/lsp/browser-main.ts'], outfile: 'dist/server-browser.js', platform: 'browser', format: 'iife', target: 'es2022', conditions: ['worker', 'browser'] },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', ...nodeCjs, external: ['vscode'] },
  { entryPoints: ['client/src/browser-extension.ts'], outfile: 'dist/client-browser.cjs', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] },
].filter((b) => existsSync(b.entryPoints[0]));

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
