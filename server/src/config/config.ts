import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import type { LintConfig } from '../engine/index.js';
import { CONFIG_FILES, ConfigError, parseConfig } from './parse-config.js';

export { CONFIG_FILES, ConfigError, parseConfig };

export interface LoadedConfig {
  /** The config file used, or null when none was found. */
  file: string | null;
  config: LintConfig;
}

/** Reads and validates one config file; a missing or unreadable file is a ConfigError too. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'config file not found' : code === 'EACCES' ? 'permission denied' : `could not read the config file (${code})`;
    throw new ConfigError(file, 1, problem);
  }
  return { file, config: parseConfig(file, text) };
}

/**
 * Finds the nearest config file by walking up from a document's folder
 * (the first of CONFIG_FILES present in a folder wins). Cached per folder.
 */
export class ConfigResolver {
  private readonly cache = new Map<string, LoadedConfig>();

  constructor(private readonly explicit?: LoadedConfig) {}

  forFile(path: string): LoadedConfig {
    return this.explicit ?? this.forDirectory(dirname(path));
  }

  private forDirectory(dir: string): LoadedConfig {
    const cached = this.cache.get(dir);
    if (cached) return cached;
    const name = CONFIG_FILES.find((f) => existsSync(join(dir, f)));
    const result: LoadedConfig = name
      ? loadConfigFile(join(dir, name))
      : parsePath(dir).root === dir
        ? { file: null, config: {} }
        : this.forDirectory(dirname(dir));
    this.cache.set(dir, result);
    return result;
  }
}
