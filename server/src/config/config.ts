import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import type { LintConfig } from '../engine/index.js';
import { CONFIG_FILES } from './file-names.js';
import { ConfigError, parseConfig } from './parse-config.js';
import { isIgnored, mergeConfig, type FileConfig, type IgnoreGlob } from './inherit.js';

export { ConfigError, parseConfig };

export interface LoadedConfig {
  /** The config file used (the nearest one), or null when none was found. */
  file: string | null;
  config: LintConfig;
  /** Every config file merged into `config`, nearest first. */
  chain?: string[];
  /** `ignores` globs from every file in the chain. */
  ignores?: IgnoreGlob[];
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
 * (the first of CONFIG_FILES present in a folder wins), and merges it over
 * the config files above it (see mergeConfig) until one says `root: true`,
 * so each school's folder can inherit the trust's config. Cached per folder.
 */
export class ConfigResolver {
  private readonly cache = new Map<string, LoadedConfig>();

  constructor(private readonly explicit?: LoadedConfig) {}

  forFile(path: string): LoadedConfig {
    return this.explicit ?? this.forDirectory(dirname(path));
  }

  /** Whether an `ignores` glob of the file's config chain matches it. */
  ignores(path: string): boolean {
    return isIgnored(path, this.forFile(path).ignores ?? []);
  }

  private forDirectory(dir: string): LoadedConfig {
    const cached = this.cache.get(dir);
    if (cached) return cached;
    const name = CONFIG_FILES.find((f) => existsSync(join(dir, f)));
    const atTop = parsePath(dir).root === dir;
    const parent = (): LoadedConfig => (atTop ? { file: null, config: {} } : this.forDirectory(dirname(dir)));
    let result: LoadedConfig;
    if (name) {
      const own = loadConfigFile(join(dir, name));
      const ownKeys = own.config as FileConfig;
      const inherited = ownKeys.root ? { file: null, config: {} } : parent();
      result = {
        file: own.file,
        config: mergeConfig(inherited.config, ownKeys),
        chain: [own.file!, ...(inherited.chain ?? [])],
        ignores: [...(inherited.ignores ?? []), ...(ownKeys.ignores ?? []).map((pattern) => ({ base: dir, pattern }))],
      };
    } else {
      result = parent();
    }
    this.cache.set(dir, result);
    return result;
  }
}
