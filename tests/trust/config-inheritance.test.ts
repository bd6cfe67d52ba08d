import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigError, ConfigResolver } from '../../server/src/config/config.js';
import { isIgnored, mergeConfig } from '../../server/src/config/inherit.js';
import { onlyRules, PLAIN_REPORT, sendlint, tempTree } from '../cli/helpers.js';

describe('mergeConfig', () => {
  it('nearer wins per key, rules merge by rule, acronyms join, root and ignores stay behind', () => {
    const merged = mergeConfig(
      { setting: 'special', jurisdiction: 'england', rules: { jargon: 'off', placeholder: 'error' }, allowAcronyms: ['WLT'], root: true, ignores: ['x'] },
      { setting: 'pru', rules: { jargon: 'warning' }, allowAcronyms: ['PRU', 'WLT'], schoolName: 'Riverside' },
    );
    expect(merged).toEqual({
      setting: 'pru',
      jurisdiction: 'england',
      rules: { jargon: 'warning', placeholder: 'error' },
      allowAcronyms: ['WLT', 'PRU'],
      schoolName: 'Riverside',
    });
  });
});

describe('isIgnored', () => {
  const base = '/trust';
  it.each([
    ['drafts', '/trust/a/drafts/x.md', true],
    ['drafts/', '/trust/drafts/deep/x.md', true],
    ['*.old.md', '/trust/a/b/report.old.md', true],
    ['a/*.md', '/trust/a/x.md', true],
    ['a/*.md', '/trust/a/b/x.md', false],
    ['a/**/x.md', '/trust/a/b/c/x.md', true],
    ['drafts', '/trust/a/drafts-2024.md', false],
    ['drafts', '/elsewhere/drafts/x.md', false],
  ])('%s against %s: %s', (pattern, path, ignored) => {
    expect(isIgnored(path, [{ base, pattern }])).toBe(ignored);
  });
});

describe('config inheritance in a trust repository', { timeout: 120_000 }, () => {
  const dir = tempTree({
    '.sendlintrc.yaml': `${onlyRules({ 'kind-inferred': 'error' })}jurisdiction: wales\nallowAcronyms: [WLT]\nignores: [archive]\n`,
    'school-a/.sendlintrc.yaml': 'schoolName: School A\nsetting: special\nrules:\n  kind-inferred: warning\nallowAcronyms: [SAS]\n',
    'school-a/report.md': PLAIN_REPORT,
    'school-a/archive/old.md': PLAIN_REPORT,
    'school-b/.sendlintrc.yaml': `root: true\n${onlyRules({})}setting: pru\n`,
    'school-b/report.md': PLAIN_REPORT,
  });

  it('a school folder inherits the trust config; root: true stops the walk', () => {
    const resolver = new ConfigResolver();
    const a = resolver.forFile(join(dir, 'school-a/report.md'));
    expect(a.file).toBe(join(dir, 'school-a/.sendlintrc.yaml'));
    expect(a.chain).toEqual([join(dir, 'school-a/.sendlintrc.yaml'), join(dir, '.sendlintrc.yaml')]);
    expect(a.config).toMatchObject({ schoolName: 'School A', setting: 'special', jurisdiction: 'wales', allowAcronyms: ['WLT', 'SAS'] });
    expect(a.config.rules?.['kind-inferred']).toBe('warning');
    expect(a.config.rules?.jargon).toBe('off');
    const b = resolver.forFile(join(dir, 'school-b/report.md'));
    expect(b.chain).toEqual([join(dir, 'school-b/.sendlintrc.yaml')]);
    expect(b.config.jurisdiction).toBeUndefined();
    expect(resolver.ignores(join(dir, 'school-a/archive/old.md'))).toBe(true);
    expect(resolver.ignores(join(dir, 'school-b/report.md'))).toBe(false);
  });

  it('the CLI applies inherited settings and skips ignored documents', () => {
    const run = sendlint(['--format', 'json', '.'], dir);
    const files = JSON.parse(run.stdout).files as { path: string; setting: string; jurisdiction: string; findings: { severity: string }[] }[];
    expect(files.map((f) => f.path)).toEqual(['school-a/report.md', 'school-b/report.md']);
    expect(files[0]).toMatchObject({ setting: 'special', jurisdiction: 'wales' });
    expect(files[0]!.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(files[1]).toMatchObject({ setting: 'pru', jurisdiction: 'england', findings: [] });
  });

  it('a bad key in an inherited file is reported with that file and line', () => {
    const bad = tempTree({ '.sendlintrc.yaml': 'setting: special\nschoolName: 3\n', 'a/.sendlintrc.yaml': 'setting: pru\n', 'a/r.md': PLAIN_REPORT });
    expect(() => new ConfigResolver().forFile(join(bad, 'a/r.md'))).toThrow(ConfigError);
    const run = sendlint(['a'], bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(bad, '.sendlintrc.yaml')}:2: "schoolName" must be text`);
  });
});
