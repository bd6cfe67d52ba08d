// A short server soak (issue 7): scripts/soak.mjs with 150 edits across 5 documents, random
// cancellations and a config that turns invalid and back. `npm run soak` runs 1,000 across 20.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';

it.skipIf(!existsSync(join(ROOT, 'dist/server.cjs')))('the language server survives rapid edits and cancellations, and reports no stale diagnostics', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/soak.mjs'), '150', '5'], { encoding: 'utf8', timeout: 170_000 });
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/edits: 150 across 5 documents/);
  expect(run.stdout).toMatch(/no documents: heap [\d.]+ MB, RSS [\d.]+ MB; .* all closed: heap [\d.]+ MB/);
  expect(run.stdout).toContain('failures: 0');
  expect(run.status).toBe(0);
}, 180_000);
