import type { DocumentModel } from './document.js';
import type { Span } from './types.js';

/** One Markdown table: its header cells and its data rows, as the forms rules read them. */
export interface TableView {
  index: number;
  header: string[];
  rows: TableRow[];
  span: Span;
}

export interface TableRow {
  cells: { text: string; span: Span }[];
  span: Span;
}

/** Every table in the document, in order, with header and data rows separated. */
export function tablesOf(doc: DocumentModel): TableView[] {
  const tables = new Map<number, TableView>();
  for (const block of doc.blocks) {
    if (block.kind !== 'tableRow' || block.tableIndex === undefined || !block.cells) continue;
    let table = tables.get(block.tableIndex);
    if (!table) {
      table = { index: block.tableIndex, header: [], rows: [], span: { ...block.span } };
      tables.set(block.tableIndex, table);
    }
    table.span.end = Math.max(table.span.end, block.span.end);
    if (block.rowIndex === 0) table.header = block.cells.map((c) => c.text.trim());
    else table.rows.push({ cells: block.cells, span: block.span });
  }
  return [...tables.values()].sort((a, b) => a.index - b.index);
}

/** Index of the first header cell matching the pattern, or -1. */
export function column(header: string[], pattern: RegExp, taken: number[] = []): number {
  return header.findIndex((h, i) => !taken.includes(i) && pattern.test(h));
}

/** A cell's text, or '' when the row is shorter than the header. */
export function cellText(row: TableRow, index: number): string {
  return index >= 0 ? (row.cells[index]?.text.trim() ?? '') : '';
}

/** Source offset at the end of the line holding `offset`, for inserting a row after it. */
export function lineEnd(text: string, offset: number): number {
  // Stop at "\r" too: in a CRLF or CR document, stopping at "\n" alone would insert between "\r" and
  // "\n", or past the line (found by fuzzing, issue 7).
  const match = /[\r\n]/g;
  match.lastIndex = offset;
  return match.exec(text)?.index ?? text.length;
}
