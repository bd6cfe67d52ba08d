import { createHash } from 'node:crypto';
import { basename, relative, resolve, sep } from 'node:path';
import type { LoadedConfig } from '../config/config.js';
import { CONFIG_FILES } from '../config/file-names.js';
import { UsageError } from './files.js';

export interface Shard {
  index: number;
  total: number;
}

/** Reads "i/n" (1 <= i <= n). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard needs "i/n" with 1 <= i <= n, for example --shard 2/4; got "${text}"`);
  }
  return { index, total };
}

const posix = (path: string) => path.split(sep).join('/');

/**
 * The files of one shard. Files are ordered by a hash of their path relative
 * to the working directory and cut into n nearly equal runs, as Jest does: the
 * split depends only on the paths, so every shard of a CI matrix agrees on it
 * and the shards together check each file exactly once.
 */
export function selectShard(files: string[], shard: Shard, cwd: string): string[] {
  const keyed = files.map((file) => ({ file, key: createHash('sha1').update(posix(relative(cwd, file))).digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const from = Math.ceil((keyed.length * (shard.index - 1)) / shard.total);
  const to = Math.ceil((keyed.length * shard.index) / shard.total);
  return keyed
    .slice(from, to)
    .map((k) => k.file)
    .sort();
}

// Loaded when first needed: child_process (with the network modules it brings) costs every run's start-up time.
const loadSpawnSync = async () => (await import('node:child_process')).spawnSync;

function git(spawnSync: Awaited<ReturnType<typeof loadSpawnSync>>, args: string[], cwd: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (run.error) throw new UsageError(`--changed-since needs git, which could not be run (${run.error.message})`);
  if (run.status !== 0) throw new UsageError(`--changed-since: git ${args[0]} failed: ${run.stderr.trim().split('\n')[0]}`);
  return run.stdout;
}

/**
 * The files changed since a git ref (committed, staged, unstaged or new and
 * not ignored). A changed config file counts as a change to every document
 * that uses it, so a pull request that edits a school's config re-checks that school.
 */
export async function selectChangedSince(files: string[], ref: string, cwd: string, resolver: { forFile(path: string): LoadedConfig }): Promise<string[]> {
  const spawnSync = await loadSpawnSync();
  const top = git(spawnSync, ['rev-parse', '--show-toplevel'], cwd).trim();
  const changed = new Set(
    [...git(spawnSync, ['diff', '--name-only', '-z', '--diff-filter=ACMRT', ref, '--'], top).split('\0'), ...git(spawnSync, ['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0')]
      .filter(Boolean)
      .map((p) => resolve(top, p)),
  );
  const changedConfigs = [...changed].filter((p) => CONFIG_FILES.includes(basename(p)));
  return files.filter((file) => {
    if (changed.has(file)) return true;
    if (!changedConfigs.length) return false;
    const chain = resolver.forFile(file).chain ?? [];
    return chain.some((c) => changedConfigs.includes(c));
  });
}
