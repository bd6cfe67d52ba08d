import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses Markdown (CommonMark + GFM tables + YAML frontmatter) into mdast with positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
