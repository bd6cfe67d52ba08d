import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { lint, rules } from '../../server/src/engine/index.js';
import { ROOT } from './helpers.js';

it('docs/rules and the config schema match the rules (run `npm run docs` after changing a rule)', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-rule-docs.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

describe('each rule page', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('%s: has every section, and its example triggers the rule', (id, rule) => {
    for (const part of ['checks', 'why', 'example', 'fix'] as const) expect(rule.meta.docs[part].trim(), part).not.toBe('');
    const findings = lint(rule.meta.docs.example, { onlyRules: [id] }).findings.filter((f) => f.ruleId === id);
    expect(findings.length).toBeGreaterThan(0);
  });
});
