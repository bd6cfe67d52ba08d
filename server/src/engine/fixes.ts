import { LineIndex } from './line-index.js';
import type { Fix, TextEdit } from './types.js';

/**
 * Applies edits to text. Edits are applied from the end backwards so earlier
 * offsets stay valid; an edit overlapping one already taken is skipped, so a
 * batch never corrupts text. Returns the new text and the edits applied.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: TextEdit[] } {
  const lines = new LineIndex(text);
  const spans = edits
    .map((edit) => ({ edit, ...lines.spanOf(edit.range) }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let floor = Infinity;
  const applied: TextEdit[] = [];
  for (const span of spans) {
    if (span.end > floor) continue;
    result = result.slice(0, span.start) + span.edit.newText + result.slice(span.end);
    floor = span.start;
    applied.push(span.edit);
  }
  return { text: result, applied: applied.reverse() };
}

/** Applies every safe fix's edits; unsafe fixes need a person to choose. */
export function applySafeFixes(text: string, fixes: Fix[]): { text: string; applied: TextEdit[] } {
  return applyEdits(
    text,
    fixes.filter((f) => f.safe && (f.kind ?? 'edit') === 'edit').flatMap((f) => f.edits),
  );
}
