import { ErrorCodes, FoldingRangeKind, ResponseError, SymbolKind, type CodeLens, type DocumentSymbol, type FoldingRange, type TextEdit } from 'vscode-languageserver';
import { isTemplateKind, TEMPLATE_KINDS, templateFor } from '../engine/templates.js';
import type { Analysis } from './analysis.js';
import { coverageLensTitles, itemsCoveredAt } from './coverage.js';
import { CLIENT_COMMANDS, type TemplateResponse } from './protocol.js';

/**
 * At the top: "SEND Regulations 2014, Schedule 1: 17 of 19 items covered" (one per checklist), a self-review's
 * or action plan's count, or why there is no checklist; a click opens the coverage view.
 */
export function codeLenses(analysis: Analysis): CodeLens[] {
  const line = analysis.model.title ? analysis.model.lines.positionAt(analysis.model.title.span.start).line : 0;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  return coverageLensTitles(analysis).map((title) => ({ range, command: { title, command: CLIENT_COMMANDS.showCoverage, arguments: [analysis.uri] } }));
}

/** The outline: sections as nested symbols, each annotated with the statutory items it covers. */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { model } = analysis;
  const roots: DocumentSymbol[] = [];
  const symbols = new Map<number, DocumentSymbol>();
  model.sections.forEach((section, index) => {
    if (!section.heading) return;
    const range = model.lines.rangeOf(section.span);
    const covered = itemsCoveredAt(analysis, range);
    const symbol: DocumentSymbol = {
      name: section.heading.text || '(empty heading)',
      detail: covered.length ? `covers ${covered.map((i) => i.title ?? i.id).join('; ')}` : undefined,
      kind: section.heading.source === 'markdown' ? SymbolKind.Namespace : SymbolKind.String,
      range,
      selectionRange: model.lines.rangeOf(section.heading.span),
      children: [],
    };
    symbols.set(index, symbol);
    (symbols.get(section.parent)?.children ?? roots).push(symbol);
  });
  return roots;
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const { model } = analysis;
  const ranges: FoldingRange[] = [];
  if (model.frontmatter) {
    const range = model.lines.rangeOf(model.frontmatter.span);
    if (range.end.line > range.start.line) ranges.push({ startLine: range.start.line, endLine: range.end.line, kind: FoldingRangeKind.Region });
  }
  for (const section of model.sections) {
    if (!section.heading) continue;
    const range = model.lines.rangeOf(section.span);
    if (range.end.line > range.start.line) ranges.push({ startLine: range.start.line, endLine: range.end.line });
  }
  return ranges;
}

/** A new document of a kind, from the engine's templates, dated today; an unknown kind is a request error. */
export function template(kind: string): TemplateResponse {
  if (!isTemplateKind(kind)) throw new ResponseError(ErrorCodes.InvalidParams, `sendlint has no template for "${kind}". Choose one of: ${TEMPLATE_KINDS.join(', ')}.`);
  return { text: templateFor(kind, { today: new Date().toISOString().slice(0, 10) }) };
}

/** One edit inserting a section for every missing item (what the quick fixes would insert, together). */
export function insertAllMissingEdit(analysis: Analysis): TextEdit | null {
  const inserts = analysis.result.findings
    .filter((f) => f.ruleId === 'missing-requirement')
    .map((f) => f.fixes?.find((x) => x.edits.length === 1)?.edits[0])
    .filter((e): e is TextEdit => !!e);
  if (!inserts.length) return null;
  const newText = inserts.map((e, i) => (i === 0 ? e.newText : `\n${e.newText.replace(/^(\r?\n)+/, '')}`)).join('');
  return { range: inserts[0]!.range, newText };
}
