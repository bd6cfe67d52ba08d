import { relative, sep } from 'node:path';
import type { LintConfig } from '../engine/index.js';

/**
 * Keys only config files have. They shape how a trust's repository is read
 * (where inheritance stops, what is skipped, whose document it is) rather than
 * the checks, so they are taken out before the config reaches the engine,
 * except schoolName, which reports show.
 */
export interface TrustKeys {
  /** Stop looking for parent config files above this one. */
  root?: boolean;
  /** Globs, relative to this config file's folder, of documents not to check. */
  ignores?: string[];
  /** The school's name, shown in the coverage report. */
  schoolName?: string;
}

export type FileConfig = LintConfig & TrustKeys;

export interface IgnoreGlob {
  /** The folder of the config file that gave the glob. */
  base: string;
  pattern: string;
}

/**
 * Merges a nearer config over the one it inherits from: the nearer file wins
 * for each key, `rules` and `ruleOptions` are merged rule by rule, and
 * `allowAcronyms` lists are joined (a school adds acronyms, it cannot remove
 * the trust's).
 */
export function mergeConfig(inherited: FileConfig, nearer: FileConfig): FileConfig {
  const merged: FileConfig = { ...inherited, ...nearer };
  if (inherited.rules || nearer.rules) merged.rules = { ...inherited.rules, ...nearer.rules };
  if (inherited.ruleOptions || nearer.ruleOptions) merged.ruleOptions = { ...inherited.ruleOptions, ...nearer.ruleOptions };
  if (inherited.allowAcronyms || nearer.allowAcronyms) {
    merged.allowAcronyms = [...new Set([...(inherited.allowAcronyms ?? []), ...(nearer.allowAcronyms ?? [])])];
  }
  delete merged.root;
  delete merged.ignores;
  return merged;
}

/** A glob as a regular expression over '/'-separated paths: `*` and `?` stay within a folder, `**` crosses folders. */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        source += '(?:.*/)?';
      } else {
        source += '.*';
      }
    } else if (c === '*') {
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else {
      source += c.replace(/[.+^$(){}|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/**
 * Whether a document is ignored. As in .gitignore, a glob without a slash
 * matches a file or folder name at any depth, and ignoring a folder ignores
 * everything in it.
 */
export function isIgnored(absolutePath: string, globs: IgnoreGlob[]): boolean {
  return globs.some(({ base, pattern }) => {
    const rel = relative(base, absolutePath).split(sep).join('/');
    if (rel.startsWith('../')) return false;
    const trimmed = pattern.replace(/^\.?\//, '').replace(/\/$/, '');
    const re = globToRegExp(trimmed.includes('/') ? trimmed : `**/${trimmed}`);
    const parts = rel.split('/');
    return parts.some((_, i) => re.test(parts.slice(0, i + 1).join('/')));
  });
}
