import type { DocumentModel } from '../document.js';

/** True when [start, end) overlaps a non-prose span. */
export function inNonProse(doc: DocumentModel, start: number, end: number): boolean {
  const spans = doc.nonProse;
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
