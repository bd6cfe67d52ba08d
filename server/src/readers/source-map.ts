/**
 * Where each block of converted Markdown came from in the original file, so a
 * finding can say "page 3, paragraph 2" for a PDF or "paragraph 14" for a Word
 * document or web page, which is what a SENCO can find in the original.
 */
export interface SourceLocation {
  /** 0-based line in the converted Markdown where this block starts. */
  line: number;
  /** Where the block is in the original, for people: "page 2, paragraph 3". */
  label: string;
}

export type SourceMap = SourceLocation[];

/** The label of the block holding a Markdown line (the last block starting at or before it). */
export function labelForLine(map: SourceMap, line: number): string | undefined {
  let found: string | undefined;
  for (const entry of map) {
    if (entry.line > line) break;
    found = entry.label;
  }
  return found;
}

/** A map labelling each top-level block "paragraph N", for formats with no pages (Word, web pages). */
export function paragraphMap(markdown: string): SourceMap {
  const map: SourceMap = [];
  const lines = markdown.split('\n');
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const blank = lines[i]!.trim() === '';
    if (!blank && !inBlock) map.push({ line: i, label: `paragraph ${map.length + 1}` });
    inBlock = !blank;
  }
  return map;
}
