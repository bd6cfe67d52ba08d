import mammoth from 'mammoth';
import { htmlToMarkdown } from './html.js';
import { paragraphMap } from './source-map.js';
import type { Converted } from './types.js';

/**
 * Word documents go through mammoth to semantic HTML (headings from Word's
 * heading styles, lists, tables), then through the same HTML to Markdown step
 * as web pages.
 */
export async function readDocx(bytes: Uint8Array): Promise<Converted> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const markdown = await htmlToMarkdown(`<body>${html}</body>`);
  return { markdown, sourceMap: paragraphMap(markdown) };
}
