import type { LintConfig } from '../engine/types.js';

/** The config file that applies to a document: parsed, or the reason it could not be. */
export interface ConfigLookup {
  /** The config file's URI. */
  uri: string;
  config?: LintConfig;
  /** Why the file is invalid: 1-based line and a message for the user. */
  error?: { line: number; message: string };
}

/**
 * What the server needs from its surroundings that a browser worker does not
 * have: files. node-main provides one; the web worker runs without it and then
 * uses editor settings only.
 */
export interface ServerHost {
  /** Names of config files, watched so findings refresh when one changes. */
  configFileNames: readonly string[];
  /** The nearest config file above a document, or null when there is none (or the document is not a file). */
  findConfig(documentUri: string): Promise<ConfigLookup | null>;
  /** Adds an acronym to allowAcronyms in the document's workspace config file (creating it if needed); returns the file's URI. */
  allowAcronym(documentUri: string, acronym: string, workspaceFolders: string[]): Promise<string>;
}
