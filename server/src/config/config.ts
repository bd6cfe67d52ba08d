import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import { KNOWN_KINDS, KNOWN_SETTINGS, rules, type LintConfig } from '../engine/index.js';

export const CONFIG_FILES = ['.sendlintrc.yaml', '.sendlintrc.yml', 'sendlint.config.json'];
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

export interface LoadedConfig {
  file: string | null;
  config: LintConfig;
}

/** Parses and validates one config file's text; throws ConfigError naming the key and line. */
export function parseConfig(file: string, text: string): LintConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigError(file, e.linePos?.[0]?.line ?? 1, e.message.split('\n')[0]!);
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  const fail = (path: (string | number)[], message: string): never => {
    throw new ConfigError(file, lineOf(path), message);
  };
  if (typeof data !== 'object' || Array.isArray(data)) fail([], 'the config must be a mapping of keys to values');
  const known = new Set(['rules', 'ruleOptions', 'setting', 'jurisdiction', 'documentKind', 'allowAcronyms', 'readabilityTarget', 'maxSentenceWords']);
  for (const key of Object.keys(data)) {
    if (!known.has(key)) fail([key], `unknown key "${key}" (known keys: ${[...known].join(', ')})`);
  }
  const ruleIds = new Set(rules.map((r) => r.meta.id));
  const config: LintConfig = {};
  if (data.rules !== undefined) {
    if (typeof data.rules !== 'object' || data.rules === null || Array.isArray(data.rules)) fail(['rules'], '"rules" must map rule ids to a severity');
    for (const [id, severity] of Object.entries(data.rules as Record<string, unknown>)) {
      if (!ruleIds.has(id)) fail(['rules', id], `unknown rule id "${id}"`);
      if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) {
        fail(['rules', id], `rule "${id}" has severity ${JSON.stringify(severity)}; use one of ${SEVERITIES.join(', ')}`);
      }
    }
    config.rules = data.rules as LintConfig['rules'];
  }
  if (data.ruleOptions !== undefined) {
    if (typeof data.ruleOptions !== 'object' || data.ruleOptions === null) fail(['ruleOptions'], '"ruleOptions" must map rule ids to option objects');
    config.ruleOptions = data.ruleOptions as LintConfig['ruleOptions'];
  }
  if (data.setting !== undefined) {
    if (!KNOWN_SETTINGS.includes(data.setting as never)) fail(['setting'], `"setting" must be one of ${KNOWN_SETTINGS.join(', ')}`);
    config.setting = data.setting as LintConfig['setting'];
  }
  if (data.jurisdiction !== undefined) {
    if (data.jurisdiction !== 'england' && data.jurisdiction !== 'wales') fail(['jurisdiction'], '"jurisdiction" must be england or wales');
    config.jurisdiction = data.jurisdiction as LintConfig["jurisdiction"];
  }
  if (data.documentKind !== undefined) {
    if (!KNOWN_KINDS.includes(data.documentKind as never)) fail(['documentKind'], `"documentKind" must be one of ${KNOWN_KINDS.join(', ')}`);
    config.documentKind = data.documentKind as LintConfig['documentKind'];
  }
  if (data.allowAcronyms !== undefined) {
    if (!Array.isArray(data.allowAcronyms) || data.allowAcronyms.some((a) => typeof a !== 'string')) {
      fail(['allowAcronyms'], '"allowAcronyms" must be a list of words');
    }
    config.allowAcronyms = data.allowAcronyms as string[];
  }
  for (const key of ['readabilityTarget', 'maxSentenceWords'] as const) {
    if (data[key] !== undefined) {
      if (typeof data[key] !== 'number' || !Number.isFinite(data[key])) fail([key], `"${key}" must be a number`);
      config[key] = data[key] as number;
    }
  }
  return config;
}

/** Finds the nearest config file by walking up from a document's folder. Results are cached per folder. */
export class ConfigResolver {
  private readonly cache = new Map<string, LoadedConfig>();

  constructor(private readonly explicit?: LoadedConfig) {}

  forFile(path: string): LoadedConfig {
    if (this.explicit) return this.explicit;
    return this.forDirectory(dirname(path));
  }

  private forDirectory(dir: string): LoadedConfig {
    const cached = this.cache.get(dir);
    if (cached) return cached;
    let result: LoadedConfig = { file: null, config: {} };
    const name = CONFIG_FILES.find((f) => existsSync(join(dir, f)));
    if (name) {
      const file = join(dir, name);
      result = { file, config: parseConfig(file, readFileSync(file, 'utf8')) };
    } else if (parsePath(dir).root !== dir) {
      result = this.forDirectory(dirname(dir));
    }
    this.cache.set(dir, result);
    return result;
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  return { file, config: parseConfig(file, readFileSync(file, 'utf8')) };
}
