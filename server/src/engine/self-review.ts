import type { DocumentModel } from './document.js';
import type { Span } from './types.js';
import { standards } from './standards.js';
import { stripPlaceholders } from './coverage/text.js';
import { cellText, column, tablesOf, type TableView } from './tables.js';

/** The Standards for SEN Co-ordinators in Wales as a self-review form (standards/senco-self-review.yaml). */
export interface SelfReviewStandard {
  id: string;
  text: string;
  match: string;
}

export interface SelfReviewGroup {
  id: string;
  title: string;
  lead?: string;
  standards: SelfReviewStandard[];
}

export interface SelfReviewData {
  id: string;
  title: string;
  source: string;
  citation: string;
  /** Lowest first; the last one needs evidence. */
  statuses: string[];
  groups: SelfReviewGroup[];
}

export const selfReviewData = (standards.data.get('self-review-standards') ?? [])[0] as unknown as SelfReviewData;

const matchers = new Map(selfReviewData.groups.flatMap((g) => g.standards).map((s) => [s, new RegExp(s.match, 'iu')]));
const byId = new Map(selfReviewData.groups.flatMap((g) => g.standards.map((s) => [s.id, { standard: s, group: g }] as const)));
const groupOf = new Map(selfReviewData.groups.flatMap((g) => g.standards.map((s) => [s, g] as const)));

export type StatusReading =
  | { kind: 'rated'; status: string }
  | { kind: 'none' }
  | { kind: 'both' }
  | { kind: 'unknown'; text: string };

/** One standard as the form gives it: where, its status and its evidence. */
export interface FormRow {
  standard: SelfReviewStandard;
  group: SelfReviewGroup;
  status: StatusReading;
  /** Evidence with placeholders removed; '' when there is none. */
  evidence: string;
  span: Span;
  /** The table the row is in and the row's cells, for inserting missing standards beside it. */
  table?: TableView;
  cells?: string[];
}

const ID_AT_START = /^\s*\**\s*(\d[a-g]?\.\d{1,2})\b/i;
/** Marks people put in a tick-box column. */
const UNMARKED = /^(?:|-+|–|no|n\/a|none)$/i;

function identify(text: string): SelfReviewStandard | null {
  const id = ID_AT_START.exec(text)?.[1]?.toLowerCase();
  if (id && byId.has(id)) return byId.get(id)!.standard;
  const plain = text.replace(ID_AT_START, '').replace(/[*_`]/g, '').trim();
  for (const [standard, pattern] of matchers) if (pattern.test(plain)) return standard;
  return null;
}

function statusFrom(text: string): StatusReading {
  const clean = stripPlaceholders(text).replace(/[*_`.]/g, '').trim().toLowerCase();
  if (clean === '') return { kind: 'none' };
  const found = selfReviewData.statuses.filter((s) => clean.includes(s));
  if (found.length === 1) return { kind: 'rated', status: found[0]! };
  if (found.length > 1) return { kind: 'both' };
  return { kind: 'unknown', text: text.trim() };
}

function evidenceFrom(text: string): string {
  const clean = stripPlaceholders(text).replace(/[*_`]/g, '').trim();
  return clean.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3 ? clean : '';
}

function readTable(table: TableView): FormRow[] {
  const { header } = table;
  const statusColumn = column(header, /\b(status|rating|judgement|rag)\b/i);
  const statusColumns = selfReviewData.statuses.map((s) => column(header, new RegExp(`^\\W*${s}\\W*$`, 'i')));
  const twoColumns = statusColumn < 0 && statusColumns.every((c) => c >= 0);
  if (statusColumn < 0 && !twoColumns) return [];
  const evidenceColumn = column(header, /evidence|comment/i);
  const roles = [statusColumn, ...statusColumns, evidenceColumn].filter((c) => c >= 0);
  const rows: FormRow[] = [];
  for (const row of table.rows) {
    const label = row.cells
      .map((c, i) => (roles.includes(i) ? '' : c.text))
      .filter(Boolean)
      .join(' ');
    const standard = identify(label);
    if (!standard) continue;
    let status: StatusReading;
    if (twoColumns) {
      const marked = statusColumns.map((c) => !UNMARKED.test(cellText(row, c)));
      const count = marked.filter(Boolean).length;
      status = count === 1 ? { kind: 'rated', status: selfReviewData.statuses[marked.indexOf(true)]! } : count > 1 ? { kind: 'both' } : { kind: 'none' };
    } else status = statusFrom(cellText(row, statusColumn));
    rows.push({ standard, group: groupOf.get(standard)!, status, evidence: evidenceFrom(cellText(row, evidenceColumn)), span: row.span, table, cells: row.cells.map((c) => c.text) });
  }
  return rows;
}

/** "- 1.3 Helping ... Status: working on. Evidence: ...": a standard written as a list item. */
function readListItem(text: string, span: Span): FormRow | null {
  const standard = identify(text);
  if (!standard) return null;
  const statusText = /\bstatus\s*[:–-]\s*([^.;\n]*)/i.exec(text)?.[1] ?? selfReviewData.statuses.filter((s) => text.toLowerCase().includes(s)).join(' ');
  const evidence = /\b(?:evidence|comments?)\s*[:–-]\s*([\s\S]*)$/i.exec(text)?.[1] ?? '';
  return { standard, group: groupOf.get(standard)!, status: statusFrom(statusText), evidence: evidenceFrom(evidence), span };
}

/** Every standard the form gives, in document order (a standard given twice appears twice). */
export function readSelfReview(doc: DocumentModel): FormRow[] {
  const rows = tablesOf(doc).flatMap(readTable);
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' || !block.inList) continue;
    const row = readListItem(block.text, block.span);
    if (row) rows.push(row);
  }
  return rows.sort((a, b) => a.span.start - b.span.start);
}
