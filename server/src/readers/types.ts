import type { SourceMap } from './source-map.js';

/** A document converted to Markdown in memory, with where each block came from. */
export interface Converted {
  markdown: string;
  sourceMap: SourceMap;
}
