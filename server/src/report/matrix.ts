import { basename, dirname } from 'node:path';
import { standards, type CoverageStatus, type Range } from '../engine/index.js';
import type { ConfigResolver } from '../config/config.js';
import { labelForLine, type SourceMap } from '../readers/index.js';

/** The statutory items a trust is asked about, one column each: Schedule 1, then s.69. */
export const MATRIX_STANDARDS = ['send-regs-2014-sch1', 'cfa-2014-s69'];

/** What the matrix needs from a checked document: a CLI report, or one file of a `--format json` shard. */
export interface MatrixInput {
  path: string;
  absolutePath: string;
  result: {
    documentKind: string;
    setting: string | null;
    jurisdiction: string;
    findings: { ruleId: string; message: string; requirement?: string | null; range: Range }[];
    coverage: { requirement: string; status: CoverageStatus; evidence?: Range | null }[];
  } | null;
  error?: string;
  sourceMap?: SourceMap;
}

export interface Column {
  requirement: string;
  /** Short header: "3a", or the first word of an s.69 item's title. */
  label: string;
  title: string;
  standardTitle: string;
}

export type CellStatus = CoverageStatus | 'not-checked';

export interface Cell {
  status: CellStatus;
  /** Where the evidence or the finding is: "line 12" or, for converted documents, "page 2, paragraph 3". */
  where?: string;
  /** The finding's message for partial and missing items. */
  note?: string;
}

export interface Row {
  school: string;
  path: string;
  kind: string;
  setting: string | null;
  jurisdiction: string;
  cells: Cell[];
  covered: number;
  partial: number;
  applicable: number;
  error?: string;
}

export interface ItemTotal {
  covered: number;
  partial: number;
  missing: number;
  applicable: number;
}

export interface Matrix {
  columns: Column[];
  rows: Row[];
  totals: ItemTotal[];
}

export function matrixColumns(): Column[] {
  return standards.requirements
    .filter((s) => MATRIX_STANDARDS.includes(s.id))
    .sort((a, b) => MATRIX_STANDARDS.indexOf(a.id) - MATRIX_STANDARDS.indexOf(b.id))
    .flatMap((s) =>
      s.items.map((item) => ({
        requirement: `${s.id}/${item.id}`,
        label: s.id === 'send-regs-2014-sch1' ? item.id : (item.title ?? item.id).split(' ')[0]!,
        title: item.title ?? item.summary ?? item.id,
        standardTitle: s.title,
      })),
    );
}

/** The school a document belongs to: `schoolName` from its config, else the folder of its nearest config file, else its own folder. */
export function schoolOf(absolutePath: string, resolver: ConfigResolver): string {
  const loaded = resolver.forFile(absolutePath);
  const named = (loaded.config as { schoolName?: string }).schoolName;
  return named ?? basename(dirname(loaded.file ?? absolutePath));
}

function place(line: number, sourceMap: SourceMap | undefined): string {
  return (sourceMap && labelForLine(sourceMap, line)) ?? `line ${line + 1}`;
}

function cellFor(input: MatrixInput, requirement: string): Cell {
  const result = input.result;
  if (!result) return { status: 'not-checked' };
  const coverage = result.coverage.find((c) => c.requirement === requirement);
  if (!coverage) return { status: 'not-applicable' };
  const finding = result.findings.find((f) => f.requirement === requirement);
  const cell: Cell = { status: coverage.status };
  const line = coverage.evidence?.start.line ?? (coverage.status !== 'covered' ? finding?.range.start.line : undefined);
  if (line !== undefined && coverage.status !== 'not-applicable') cell.where = place(line, input.sourceMap);
  if (finding && coverage.status !== 'covered') cell.note = finding.message;
  return cell;
}

/** One row per document (grouped by school), one column per statutory item, with totals both ways. */
export function buildMatrix(inputs: MatrixInput[], resolver: ConfigResolver): Matrix {
  const columns = matrixColumns();
  const rows: Row[] = inputs.map((input) => {
    const cells = columns.map((c) => cellFor(input, c.requirement));
    const count = (status: CellStatus) => cells.filter((c) => c.status === status).length;
    return {
      school: schoolOf(input.absolutePath, resolver),
      path: input.path,
      kind: input.result?.documentKind ?? 'unknown',
      setting: input.result?.setting ?? null,
      jurisdiction: input.result?.jurisdiction ?? 'unknown',
      cells,
      covered: count('covered'),
      partial: count('partial'),
      applicable: count('covered') + count('partial') + count('missing'),
      ...(input.error ? { error: input.error } : {}),
    };
  });
  rows.sort((a, b) => a.school.localeCompare(b.school) || a.path.localeCompare(b.path));
  const totals = columns.map((_, i) => {
    const statuses = rows.map((r) => r.cells[i]!.status);
    const n = (s: CellStatus) => statuses.filter((x) => x === s).length;
    return { covered: n('covered'), partial: n('partial'), missing: n('missing'), applicable: n('covered') + n('partial') + n('missing') };
  });
  return { columns, rows, totals };
}
