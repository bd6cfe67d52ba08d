import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { KNOWN_KINDS, KNOWN_SETTINGS, rules } from '../../server/src/engine/index.js';
import { ConfigError, parseConfig } from '../../server/src/config/config.js';
import { onlyRules, PLAIN_REPORT, ROOT, sendlint, tempTree } from './helpers.js';

const json = (run: { stdout: string }) => JSON.parse(run.stdout).files as { path: string; setting: string; jurisdiction: string; findings: { ruleId: string; severity: string }[] }[];

describe('config discovery', () => {
  const dir = tempTree({
    '.sendlintrc.yaml': `${onlyRules({ 'kind-inferred': 'error' })}setting: special\n`,
    'top.md': PLAIN_REPORT.replace('Primary School', 'School'),
    'wales/.sendlintrc.yml': `${onlyRules({ 'kind-inferred': 'warning' })}jurisdiction: wales\n`,
    'wales/deeper/doc.md': PLAIN_REPORT.replace('Primary School', 'School'),
    'other.yaml': onlyRules({}),
  });

  it('uses the nearest config walking up from each file, and its setting and jurisdiction defaults', () => {
    const files = json(sendlint(['--format', 'json', '.'], dir));
    const top = files.find((f) => f.path === 'top.md')!;
    const deep = files.find((f) => f.path === 'wales/deeper/doc.md')!;
    expect(top).toMatchObject({ setting: 'special', jurisdiction: 'england' });
    expect(top.findings.map((f) => f.severity)).toEqual(['error']);
    expect(deep).toMatchObject({ jurisdiction: 'wales' });
    expect(deep.findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('--config replaces discovery for every file', () => {
    const run = sendlint(['--format', 'json', '--config', 'other.yaml', '.'], dir);
    expect(run.code).toBe(0);
    expect(json(run).flatMap((f) => f.findings)).toEqual([]);
  });
});

describe('parseConfig', () => {
  it('accepts every documented key', () => {
    const text = [
      'rules:',
      '  kind-inferred: off',
      'ruleOptions:',
      '  missing-requirement: {}',
      'setting: mainstream-primary',
      'jurisdiction: wales',
      'documentKind: sen-policy',
      'allowAcronyms: [SLT, ELSA]',
      'readabilityTarget: 55',
      'maxSentenceWords: 25',
    ].join('\n');
    expect(parseConfig('c.yaml', text)).toEqual({
      rules: { 'kind-inferred': 'off' },
      ruleOptions: { 'missing-requirement': {} },
      setting: 'mainstream-primary',
      jurisdiction: 'wales',
      documentKind: 'sen-policy',
      allowAcronyms: ['SLT', 'ELSA'],
      readabilityTarget: 55,
      maxSentenceWords: 25,
    });
  });

  it('names the line of a nested key', () => {
    let error: unknown;
    try {
      parseConfig('c.yaml', 'setting: special\nallowAcronyms:\n  - SLT\n  - 7\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ file: 'c.yaml', line: 4, problem: '"allowAcronyms.1" must be text' });
  });

  it('rejects a readability target outside 0 to 100', () => {
    expect(() => parseConfig('c.yaml', 'readabilityTarget: 150\n')).toThrow('c.yaml:1: "readabilityTarget" must be at most 100');
  });
});

describe('the config JSON Schema that editors use', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'server/src/config/sendlintrc.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: true }).compile(schema);

  it('lists every rule, setting and kind the engine knows (run npm run docs if not)', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    expect(schema.properties.setting.enum).toEqual(KNOWN_SETTINGS);
    expect(schema.properties.documentKind.enum).toEqual(KNOWN_KINDS);
  });

  it('accepts a valid config and rejects unknown keys', () => {
    expect(validate({ rules: { [rules[0]!.meta.id]: 'off' }, setting: 'special', allowAcronyms: ['SLT'] })).toBe(true);
    expect(validate({ plugins: ['x'] })).toBe(false);
    expect(validate({ rules: { 'no-such-rule': 'off' } })).toBe(false);
  });
});
