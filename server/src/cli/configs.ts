import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import type { LoadedConfig } from '../config/config.js';
import { CONFIG_FILES } from '../config/file-names.js';
import { isIgnored } from '../config/inherit.js';
import type { KnownDigests } from './build-id.js';
import { contentDigest, type ResultCache } from './cache.js';
import { loadEngineSide } from './engine-side.js';


/**
 * A digest of a config file's content, null when there is none, or a marker
 * when it cannot be read (so that is never a cache hit). A file unchanged since
 * an earlier run (by its stat, see ResultCache.knownDigest) is not read again.
 */
function configDigest(file: string, digests: KnownDigests): string | null {
  let stats;
  try {
    // Most folders have no config file: asking first is much cheaper than a failed read's exception.
    stats = statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    stats = undefined;
  }
  if (!stats) return null;
  const known = stats.isFile() ? digests.knownDigest(file, stats) : undefined;
  if (known) return known;
  try {
    const digest = contentDigest(readFileSync(file));
    if (stats.isFile()) digests.recordDigest(file, stats, digest);
    return digest;
  } catch (error) {
    return `\0unreadable: ${(error as NodeJS.ErrnoException).code}`;
  }
}

/**
 * The config of each document's folder for the CLI. Resolving a config means
 * parsing YAML and validating it against the rules the engine has, so a folder
 * whose config files (its own and every one above it, to the top of the disk)
 * are unchanged since an earlier run with this build takes that run's
 * resolved config from the cache instead; the others are resolved by the
 * engine side's ConfigResolver, whose errors are reported as before.
 */
export class CliConfigs {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly fingerprints = new Map<string, string>();
  private explicit?: LoadedConfig;

  constructor(
    private readonly cache: ResultCache | undefined,
    private readonly build: string,
    private readonly explicitFile?: string,
  ) {}

  /** The contents of every config file from this folder up, with their paths: what its resolved config depends on. */
  private fingerprint(dir: string, cache: ResultCache): string {
    let print = this.fingerprints.get(dir);
    if (print !== undefined) return print;
    const own = JSON.stringify([dir, ...CONFIG_FILES.map((name) => configDigest(join(dir, name), cache))]);
    print = parsePath(dir).root === dir ? own : `${own}\n${this.fingerprint(dirname(dir), cache)}`;
    this.fingerprints.set(dir, print);
    return print;
  }

  private key(print: string): string {
    return createHash('sha256').update(this.build).update('\0').update(print).digest('base64url');
  }

  /** Resolves the configs of these documents' folders; returns a config error sentence, or null. */
  async prepare(files: string[]): Promise<string | null> {
    const explicitKey = this.explicitFile && this.cache ? this.key(JSON.stringify(['--config', this.explicitFile, configDigest(this.explicitFile, this.cache)])) : undefined;
    if (this.explicitFile && !this.explicit) this.explicit = explicitKey ? this.cache!.getConfig(explicitKey) : undefined;
    const missing: { dir: string; key?: string }[] = [];
    if (!this.explicit) {
      for (const dir of new Set(files.map((f) => dirname(f)))) {
        if (this.byDir.has(dir)) continue;
        const key = this.cache && !this.explicitFile ? this.key(this.fingerprint(dir, this.cache)) : undefined;
        const hit = key ? this.cache!.getConfig(key) : undefined;
        if (hit) this.byDir.set(dir, hit);
        else missing.push({ dir, key });
      }
    }
    if (!missing.length && (this.explicit || !this.explicitFile)) return null;
    const engine = await loadEngineSide();
    try {
      if (this.explicitFile) {
        this.explicit = engine.loadConfigFile(this.explicitFile);
        if (explicitKey) this.cache!.setConfig(explicitKey, this.explicit);
        return null;
      }
      const resolver = new engine.ConfigResolver();
      for (const { dir, key } of missing) {
        const loaded = resolver.forFile(join(dir, 'document'));
        this.byDir.set(dir, loaded);
        if (key) this.cache!.setConfig(key, loaded);
      }
    } catch (error) {
      if (!(error instanceof engine.ConfigError)) throw error;
      return error.message;
    }
    return null;
  }

  /** The config for a document in a folder passed to prepare(). */
  forFile(path: string): LoadedConfig {
    const loaded = this.explicit ?? this.byDir.get(dirname(path));
    if (!loaded) throw new Error(`sendlint: no config prepared for ${path}`);
    return loaded;
  }

  /** Whether an `ignores` glob of the file's config chain matches it. */
  ignores(path: string): boolean {
    return isIgnored(path, this.forFile(path).ignores ?? []);
  }
}
