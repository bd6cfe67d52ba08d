import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigResolver } from '../../server/src/config/config.js';
import { checkMany } from '../../server/src/cli/pool.js';
import { tempTree } from '../cli/helpers.js';

describe('progress on stderr', () => {
  it('counts checked documents on one line, then clears it', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `doc-${String(i).padStart(2, '0')}.md`);
    const dir = tempTree(Object.fromEntries(names.map((n) => [n, `---\ntype: sen-policy\nsetting: special\n---\n# Policy ${n}\n\nHello.\n`])));
    let written = '';
    const progress = { write: (s: string) => (written += s) };
    const outcome = await checkMany(names.map((n) => join(dir, n)), { cwd: dir, resolver: new ConfigResolver(), now: new Date(), jobs: 1, progress }, { write: () => true });
    expect('reports' in outcome && outcome.reports.map((r) => r.path)).toEqual(names);
    expect(written).toBe('\rsendlint: checked 10 of 12 files\rsendlint: checked 12 of 12 files\r\x1b[K');
  });
});
