import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, parse as parsePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { CONFIG_FILES } from '../config/file-names.js';
import { ConfigError, parseConfig } from '../config/parse-config.js';
import type { ConfigLookup, ServerHost } from './host.js';

async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

function pathOf(uri: string): string | null {
  return uri.startsWith('file:') ? fileURLToPath(uri) : null;
}

/** The nearest config file above a folder, with its text. */
async function nearestConfig(dir: string): Promise<{ path: string; text: string } | null> {
  for (let current = dir; ; current = dirname(current)) {
    for (const name of CONFIG_FILES) {
      const path = join(current, name);
      const text = await readIfPresent(path);
      if (text !== null) return { path, text };
    }
    if (parsePath(current).root === current) return null;
  }
}

/** Files for the Node server: config lookup by walking up from the document, and allow-list edits. */
export const nodeHost: ServerHost = {
  configFileNames: CONFIG_FILES,

  async findConfig(documentUri) {
    const path = pathOf(documentUri);
    const found = path ? await nearestConfig(dirname(path)) : null;
    if (!found) return null;
    const lookup: ConfigLookup = { uri: pathToFileURL(found.path).href };
    try {
      lookup.config = parseConfig(found.path, found.text);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      lookup.error = { line: error.line, message: error.problem };
    }
    return lookup;
  },

  async allowAcronym(documentUri, acronym, workspaceFolders) {
    const path = pathOf(documentUri);
    if (!path) throw new Error('Only documents saved as files can use a workspace config file.');
    const existing = await nearestConfig(dirname(path));
    const folder = workspaceFolders.map(pathOf).find((f): f is string => !!f && path.startsWith(f));
    const target = existing?.path ?? join(folder ?? dirname(path), CONFIG_FILES[0]!);
    const text = existing?.text ?? '';
    if (target.endsWith('.json')) {
      const data = text.trim() ? (JSON.parse(text) as { allowAcronyms?: string[] }) : {};
      data.allowAcronyms = [...new Set([...(data.allowAcronyms ?? []), acronym])];
      await writeFile(target, `${JSON.stringify(data, null, 2)}\n`);
    } else {
      // Editing the YAML document (not its data) keeps the user's comments and layout.
      const doc = parseDocument(text);
      if (doc.errors.length) throw new Error(`${target} is not valid YAML; fix it first.`);
      const list = doc.get('allowAcronyms') as { items?: unknown[] } | undefined;
      const words = list?.items?.map((i) => String((i as { value?: unknown }).value ?? i)) ?? [];
      if (!words.includes(acronym)) {
        if (list?.items) doc.addIn(['allowAcronyms'], acronym);
        else doc.set('allowAcronyms', [acronym]);
      }
      await writeFile(target, doc.toString());
    }
    return pathToFileURL(target).href;
  },
};
