import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { fixAll } from '../engine/fix-all.js';
import type { Finding, Fix } from '../engine/types.js';
import type { Analysis } from './analysis.js';
import { toDiagnostic, type DiagnosticData } from './diagnostics.js';
import { SERVER_COMMANDS } from './protocol.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.sendlint`;

export interface ActionSupport {
  /** The client applies SnippetTextEdits in workspace edits (LSP 3.18). */
  snippetEdits: boolean;
  /** The client resolves code actions lazily (the edit is computed on codeAction/resolve). */
  resolveEdit: boolean;
  /** The server can write the workspace config (Node only). */
  allowAcronym: boolean;
}

type ActionRef =
  | { what: 'fix'; finding: number; fix: number }
  | { what: 'disable-line' | 'disable-file'; finding: number }
  | { what: 'fix-all' };

/** Stored in CodeAction.data for codeAction/resolve. */
export interface ActionData {
  uri: string;
  version: number;
  ref: ActionRef;
}

function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** The findings the request is about: those behind the client's diagnostics, else those under the cursor. */
function findingsFor(analysis: Analysis, params: CodeActionParams): number[] {
  const { findings } = analysis.result;
  const fromDiagnostics = params.context.diagnostics
    .filter((d) => d.source === 'sendlint')
    .map((d) => {
      const data = d.data as DiagnosticData | undefined;
      if (data && data.version === analysis.version && findings[data.index]?.ruleId === data.ruleId) return data.index;
      return findings.findIndex((f) => f.ruleId === d.code && f.message === d.message && sameRange(f.range, d.range));
    })
    .filter((i) => i >= 0);
  if (fromDiagnostics.length || params.context.diagnostics.length) return [...new Set(fromDiagnostics)];
  const at = params.range.start;
  return findings.flatMap((f, i) => (before(f.range.start, at) && !before(f.range.end, at) ? [i] : []));
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function documentEdit(analysis: Analysis, edits: (TextEdit | SnippetTextEdit)[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits: edits as TextEdit[] }] };
}

function fixEdit(analysis: Analysis, fix: Fix, support: ActionSupport): WorkspaceEdit {
  if (fix.snippet && support.snippetEdits && fix.edits.length) {
    const [first, ...rest] = fix.edits;
    const snippet: SnippetTextEdit = { range: first!.range, snippet: { kind: 'snippet', value: fix.snippet } };
    return documentEdit(analysis, [snippet, ...rest]);
  }
  return documentEdit(analysis, fix.edits);
}

/** The lines of the table a finding is in, if it is in one. */
function tableAround(analysis: Analysis, finding: Finding): { firstLine: number; lastLine: number } | null {
  const { model } = analysis;
  const offset = model.lines.offsetAt(finding.range.start);
  const row = model.blocks.find((b) => b.kind === 'tableRow' && b.span.start <= offset && offset <= b.span.end);
  if (!row) return null;
  const rows = model.blocks.filter((b) => b.kind === 'tableRow' && b.tableIndex === row.tableIndex);
  return { firstLine: model.lines.positionAt(rows[0]!.span.start).line, lastLine: model.lines.positionAt(rows[rows.length - 1]!.span.end).line };
}

/** Suppression comments (syntax: server/src/engine/suppressions.ts, issue 3). */
function disableEdit(analysis: Analysis, finding: Finding, scope: 'line' | 'file'): WorkspaceEdit {
  const { model } = analysis;
  const newline = eol(model.text);
  if (scope === 'line') {
    // A comment line between table rows would end the table, so a table is turned off around it instead.
    const table = tableAround(analysis, finding);
    if (table) {
      const start = { line: table.firstLine, character: 0 };
      const end = model.lines.positionAt(model.lines.lineEnd(table.lastLine));
      return documentEdit(analysis, [
        { range: { start, end: start }, newText: `<!-- sendlint-disable ${finding.ruleId} -->${newline}${newline}` },
        { range: { start: end, end }, newText: `${newline}${newline}<!-- sendlint-enable ${finding.ruleId} -->` },
      ]);
    }
    const line = finding.range.start.line;
    const indent = /^[ \t]*/.exec(model.lines.lineText(line))![0];
    const at = { line, character: 0 };
    return documentEdit(analysis, [{ range: { start: at, end: at }, newText: `${indent}<!-- sendlint-disable-next-line ${finding.ruleId} -->${newline}` }]);
  }
  // After the frontmatter, which must stay first in the file.
  const line = model.frontmatter ? model.lines.positionAt(model.frontmatter.span.end).line + 1 : 0;
  const atEnd = line >= model.lines.lineCount;
  const at = atEnd ? model.lines.positionAt(model.text.length) : { line, character: 0 };
  const comment = `<!-- sendlint-disable-file ${finding.ruleId} -->`;
  return documentEdit(analysis, [{ range: { start: at, end: at }, newText: atEnd ? `${newline}${comment}${newline}` : `${comment}${newline}` }]);
}

/**
 * "Fix all" gives the same text as the CLI's --fix (fixes are applied and re-checked until none is left), as
 * one edit over just the part of the document that changed.
 */
function fixAllEdit(analysis: Analysis): WorkspaceEdit | null {
  // Clients without codeAction/resolve get every edit up front on each code action request, and fixing all
  // re-checks the document: work it out once per analysed version.
  if (fixAllEdits.has(analysis)) return fixAllEdits.get(analysis)!;
  const edit = computeFixAllEdit(analysis);
  fixAllEdits.set(analysis, edit);
  return edit;
}

const fixAllEdits = new WeakMap<Analysis, WorkspaceEdit | null>();

function computeFixAllEdit(analysis: Analysis): WorkspaceEdit | null {
  const before = analysis.model.text;
  const after = fixAll(before, { config: analysis.config }, analysis.result).text;
  if (after === before) return null;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // Never cut a CR LF pair or an emoji's two halves: the edit's ends must be real positions in both texts.
  const splits = (text: string, at: number) => at > 0 && at < text.length && ((text[at - 1] === '\r' && text[at] === '\n') || /[\uDC00-\uDFFF]/.test(text[at]!));
  while (start > 0 && (splits(before, start) || splits(after, start))) start--;
  while (end > 0 && (splits(before, before.length - end) || splits(after, after.length - end))) end--;
  const { lines } = analysis.model;
  const range = lines.rangeOf({ start, end: before.length - end });
  return documentEdit(analysis, [{ range, newText: after.slice(start, after.length - end) }]);
}

export function resolveEdit(analysis: Analysis, ref: ActionRef, support: ActionSupport): WorkspaceEdit | null {
  if (ref.what === 'fix-all') return fixAllEdit(analysis);
  const finding = analysis.result.findings[ref.finding];
  if (!finding) return null;
  if (ref.what === 'fix') {
    const fix = finding.fixes?.[ref.fix];
    return fix ? fixEdit(analysis, fix, support) : null;
  }
  return disableEdit(analysis, finding, ref.what === 'disable-line' ? 'line' : 'file');
}

export function codeActions(analysis: Analysis, params: CodeActionParams, support: ActionSupport): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const add = (action: CodeAction, ref: ActionRef) => {
    const data: ActionData = { uri: analysis.uri, version: analysis.version, ref };
    if (support.resolveEdit) action.data = data;
    else {
      const edit = resolveEdit(analysis, ref, support);
      if (!edit) return;
      action.edit = edit;
    }
    actions.push(action);
  };

  if (wanted(CodeActionKind.QuickFix, only)) {
    // Ten missing items all sit on the title: offer to turn each rule off once, not ten times.
    const offeredDisable = new Set<string>();
    for (const index of findingsFor(analysis, params)) {
      const finding = analysis.result.findings[index]!;
      const diagnostic = toDiagnostic(analysis.uri, analysis.version, finding, index);
      const fixes = finding.fixes ?? [];
      fixes.forEach((fix, i) => {
        if (fix.kind === 'allow-acronym') {
          if (!support.allowAcronym || !finding.subject) return;
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: { title: fix.title, command: SERVER_COMMANDS.allowAcronym, arguments: [finding.subject, analysis.uri] },
          });
          return;
        }
        add({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.safe && fixes.length === 1 }, { what: 'fix', finding: index, fix: i });
      });
      const disableKey = `${finding.ruleId}@${finding.range.start.line}`;
      if (offeredDisable.has(disableKey)) continue;
      offeredDisable.add(disableKey);
      const where = tableAround(analysis, finding) ? 'this table' : 'this line';
      add({ title: `Turn off "${finding.ruleId}" for ${where}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] }, { what: 'disable-line', finding: index });
      add({ title: `Turn off "${finding.ruleId}" for this whole file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] }, { what: 'disable-file', finding: index });
    }
  }
  const hasSafeFix = analysis.result.findings.some((f) => f.fixes?.some((x) => x.safe && (x.kind ?? 'edit') === 'edit'));
  if (hasSafeFix && wanted(FIX_ALL_KIND, only)) {
    add({ title: 'Fix all safe sendlint problems in this document', kind: FIX_ALL_KIND }, { what: 'fix-all' });
  }
  return actions;
}
