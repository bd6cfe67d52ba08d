import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { paragraphMap } from './source-map.js';
import type { Converted } from './types.js';

// Page furniture that is not the document: menus, banners, footers, sidebars, forms and code.
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'form', 'iframe', 'button', 'svg']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const CHROME_CLASS = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|cookie|skip-link|site-header|site-footer|sidebar)([\s_-]|$)/i;

function isChrome(node: Element): boolean {
  const role = String(node.properties?.role ?? '');
  const className = ([] as unknown[]).concat(node.properties?.className ?? []).join(' ');
  return CHROME.has(node.tagName) || CHROME_ROLES.has(role) || CHROME_CLASS.test(className);
}

function prune(children: RootContent[]): RootContent[] {
  return children
    .filter((c) => !(c.type === 'element' && isChrome(c)) && c.type !== 'comment')
    .map((c) => (c.type === 'element' ? { ...c, children: prune(c.children) as Element['children'] } : c));
}

/** The page's main content: <main>, else role=main, else the only <article>, else <body>. */
function mainContent(tree: HastRoot): HastRoot {
  const found: Record<string, Element[]> = { main: [], role: [], article: [], body: [] };
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      if (n.tagName === 'main') found.main!.push(n);
      if (n.properties?.role === 'main') found.role!.push(n);
      if (n.tagName === 'article') found.article!.push(n);
      if (n.tagName === 'body') found.body!.push(n);
      walk(n.children);
    }
  };
  walk(tree.children);
  const pick = found.main![0] ?? found.role![0] ?? (found.article!.length === 1 ? found.article![0] : undefined) ?? found.body![0];
  return { type: 'root', children: prune(pick ? pick.children : tree.children) };
}

/** Converts HTML (a saved web page, or Word converted to HTML) to Markdown. */
export async function htmlToMarkdown(html: string): Promise<string> {
  const parsed = unified().use(rehypeParse).parse(html) as HastRoot;
  const processor = unified().use(rehypeRemark).use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });
  const mdast = await processor.run(mainContent(parsed));
  return String(processor.stringify(mdast as never)).trim() + '\n';
}

export async function readHtml(bytes: Uint8Array): Promise<Converted> {
  const markdown = await htmlToMarkdown(new TextDecoder('utf-8').decode(bytes));
  return { markdown, sourceMap: paragraphMap(markdown) };
}
