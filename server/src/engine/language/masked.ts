import type { Node, Parent } from 'mdast';
import type { DocumentModel } from '../document.js';
import type { Span } from '../types.js';

const cache = new WeakMap<DocumentModel, Span[]>();

/**
 * Source spans that are not prose: frontmatter, code blocks, inline code and
 * HTML comments. Rules that scan the raw source (placeholders, personal data)
 * skip matches inside them.
 */
export function nonProseSpans(doc: DocumentModel): Span[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const spans: Span[] = [];
  const visit = (node: Node): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (node.type === 'yaml' || node.type === 'code' || node.type === 'inlineCode') {
        spans.push({ start, end });
        return;
      }
      if (node.type === 'html' && (node as unknown as { value: string }).value.trimStart().startsWith('<!--')) {
        spans.push({ start, end });
        return;
      }
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(doc.tree);
  spans.sort((a, b) => a.start - b.start);
  cache.set(doc, spans);
  return spans;
}

/** True when [start, end) overlaps a non-prose span. */
export function inNonProse(doc: DocumentModel, start: number, end: number): boolean {
  const spans = nonProseSpans(doc);
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (span.end <= start) low = mid + 1;
    else if (span.start >= end) high = mid - 1;
    else return true;
  }
  return false;
}
