import type { DocumentModel } from './document.js';
import type { Span } from './types.js';
import { standards } from './standards.js';
import { stripPlaceholders } from './coverage/text.js';
import { normaliseHeading } from './coverage/view.js';
import { tablesOf, type TableRow, type TableView } from './tables.js';

/** The SEN action plan template (standards/sen-action-plan.yaml) and a reader for plans written to it. */
export interface PlanField {
  id: string;
  label: string;
  match: string;
  value?: 'text' | 'date';
  why: string;
}

export interface PlanColumn {
  id: string;
  label: string;
  match: string;
  role?: 'aim' | 'timescale' | 'start' | 'end' | 'resources' | 'evaluation';
  optional?: boolean;
}

export interface ActionPlanTemplate {
  title: string;
  citation: string;
  fields: PlanField[];
  columns: PlanColumn[];
  totalCost: { match: string };
}

export const actionPlanTemplate = (standards.data.get('action-plan-template') ?? [])[0] as unknown as ActionPlanTemplate;

export interface FieldReading {
  field: PlanField;
  /** The value with placeholders removed ('' when only the label is there). */
  value: string;
  /** The label and its value, for reporting. */
  span: Span;
  valueSpan: Span;
}

/** Text with markup, placeholders and the "to be confirmed" family removed. */
export function realText(text: string): string {
  return stripPlaceholders(text)
    .replace(/[*_`]/g, '')
    .replace(/^\s*[:–-]\s*/, '')
    .replace(/\b(?:tbc|tba|tbd|to be (?:confirmed|agreed|decided))\b/gi, '')
    .trim();
}

const labelOf = (text: string) => normaliseHeading(text.replace(/\(.*?\)/g, '')).replace(/[:\s]+$/, '').trim();

/**
 * Finds each field above the table, written as a label line ("Date of plan: 1 September 2026",
 * "**Lead person:** Mrs Patel"), a two-cell table row, or a heading with the value under it.
 */
export function readFields(doc: DocumentModel): Map<string, FieldReading> {
  const found = new Map<string, FieldReading>();
  const patterns = actionPlanTemplate.fields.map((f) => [f, new RegExp(f.match, 'iu')] as const);
  const consider = (label: string, value: string, span: Span, valueSpan: Span) => {
    for (const [field, pattern] of patterns) {
      if (found.has(field.id) || !pattern.test(labelOf(label))) continue;
      found.set(field.id, { field, value: realText(value), span, valueSpan });
      return;
    }
  };
  doc.sections.forEach((section) => {
    const heading = section.heading;
    if (!heading || heading.source === 'table-row') return;
    const inline = heading.inlineBody;
    const own = section.blocks.map((i) => doc.blocks[i]!).filter((b) => b.kind !== 'tableRow');
    const value = inline?.text || own.map((b) => b.text).join('\n');
    const last = own[own.length - 1];
    const valueSpan = inline?.span ?? (own[0] && last ? { start: own[0].span.start, end: last.span.end } : heading.span);
    consider(heading.text, value, { start: heading.span.start, end: valueSpan.end }, valueSpan);
  });
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      const colon = block.text.indexOf(':');
      if (colon > 0 && colon <= 60) {
        const offset = block.text.length - block.text.slice(colon + 1).length;
        consider(block.text.slice(0, colon), block.text.slice(colon + 1).split('\n')[0]!, block.span, { start: block.span.start + Math.min(offset, block.span.end - block.span.start), end: block.span.end });
      }
    } else if (block.kind === 'tableRow' && block.cells && block.cells.length >= 2 && block.cells.length <= 3) {
      consider(block.cells[0]!.text, block.cells.slice(1).map((c) => c.text).join(' '), block.span, block.cells[1]!.span);
    }
  }
  return found;
}

export interface PlanTable {
  table: TableView;
  /** Column index by template column id (only the columns found). */
  columns: Map<string, number>;
  /** Data rows that describe an aim (not the total-cost row). */
  rows: TableRow[];
  totalRow: TableRow | null;
}

/** The table whose header names the most template columns (at least three), or null. */
export function readPlanTable(doc: DocumentModel): PlanTable | null {
  let best: PlanTable | null = null;
  const total = new RegExp(actionPlanTemplate.totalCost.match, 'iu');
  for (const table of tablesOf(doc)) {
    const labels = table.header.map(labelOf);
    const columns = new Map<string, number>();
    for (const column of actionPlanTemplate.columns) {
      const pattern = new RegExp(column.match, 'iu');
      const index = labels.findIndex((l, i) => ![...columns.values()].includes(i) && pattern.test(l));
      if (index >= 0) columns.set(column.id, index);
    }
    if (columns.size < 3 || (best && best.columns.size >= columns.size)) continue;
    const isTotal = (row: TableRow) => row.cells.some((c) => total.test(c.text));
    best = { table, columns, rows: table.rows.filter((r) => !isTotal(r) && r.cells.some((c) => realText(c.text))), totalRow: table.rows.find(isTotal) ?? null };
  }
  return best;
}

export const MONEY = /£\s?\d|\b\d+(?:\.\d\d)?\s?(?:pounds|GBP)\b|\b(?:no (?:extra )?cost|nil|free|none|£?0(?:\.00)?)\b/i;
