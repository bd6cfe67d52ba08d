import { extname } from 'node:path';
import type { Converted } from './types.js';

export { labelForLine, type SourceMap } from './source-map.js';
export type { Converted } from './types.js';

// Each reader and its libraries load only when a document needs it, so checking Markdown starts as fast as before.
const READERS: Record<string, (bytes: Uint8Array) => Promise<Converted>> = {
  '.pdf': async (bytes) => (await import('./pdf.js')).readPdf(bytes),
  '.docx': async (bytes) => (await import('./docx.js')).readDocx(bytes),
  '.html': async (bytes) => (await import('./html.js')).readHtml(bytes),
  '.htm': async (bytes) => (await import('./html.js')).readHtml(bytes),
};

/** Extensions of documents that are converted to Markdown before checking. */
export const CONVERTED_EXTENSIONS = Object.keys(READERS).map((e) => e.slice(1));

export const isConverted = (path: string) => extname(path).toLowerCase() in READERS;

/** Converts a PDF, Word or HTML file's bytes to Markdown with a source map. */
export async function convert(path: string, bytes: Uint8Array): Promise<Converted> {
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader) throw new Error(`sendlint cannot read ${extname(path) || 'files without an extension'}`);
  return reader(bytes);
}
