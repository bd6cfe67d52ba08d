import { KNOWN_SETTINGS } from '../engine/facts.js';
import type { LintConfig, SeveritySetting } from '../engine/types.js';

const SEVERITIES: SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/**
 * The `sendlint` section of editor settings, as LintConfig. Settings arrive
 * from any client in any shape, so only well-formed values are kept; unset
 * (null) values leave the config file's or the default in place.
 */
export function configFromSettings(raw: unknown): LintConfig {
  if (!raw || typeof raw !== 'object') return {};
  const s = raw as Record<string, unknown>;
  const config: LintConfig = {};
  if (s.rules && typeof s.rules === 'object') {
    const rules = Object.entries(s.rules as Record<string, unknown>).filter(
      (entry): entry is [string, SeveritySetting] => SEVERITIES.includes(entry[1] as SeveritySetting),
    );
    if (rules.length) config.rules = Object.fromEntries(rules);
  }
  if (KNOWN_SETTINGS.includes(s.setting as never)) config.setting = s.setting as LintConfig['setting'];
  if (s.jurisdiction === 'england' || s.jurisdiction === 'wales') config.jurisdiction = s.jurisdiction;
  for (const key of ['readabilityTarget', 'maxSentenceWords'] as const) {
    if (typeof s[key] === 'number' && Number.isFinite(s[key])) config[key] = s[key] as number;
  }
  if (Array.isArray(s.allowAcronyms)) {
    const words = s.allowAcronyms.filter((a): a is string => typeof a === 'string' && a.trim() !== '');
    if (words.length) config.allowAcronyms = words;
  }
  return config;
}

/** Editor settings over the config file: set values win, rule severities merge by id, allow-lists add up. */
export function mergeConfig(file: LintConfig, settings: LintConfig): LintConfig {
  const merged: LintConfig = { ...file, ...settings };
  if (file.rules || settings.rules) merged.rules = { ...file.rules, ...settings.rules };
  if (file.allowAcronyms || settings.allowAcronyms) {
    merged.allowAcronyms = [...new Set([...(file.allowAcronyms ?? []), ...(settings.allowAcronyms ?? [])])];
  }
  return merged;
}
