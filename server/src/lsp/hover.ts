import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Analysis } from './analysis.js';
import { itemsCoveredAt, requirementItem } from './coverage.js';
import { lookupAcronym } from './glossary.js';

function contains(range: { start: Position; end: Position }, at: Position): boolean {
  const after = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return after(range.start, at) && after(at, range.end);
}

/** The word under the cursor, if it could be an acronym (letters, digits, & and +). */
function wordAt(analysis: Analysis, at: Position): { text: string; start: number; end: number } | null {
  const { lines } = analysis.model;
  const line = lines.lineText(at.line);
  const word = /[A-Za-z0-9&+]+/g;
  for (let m = word.exec(line); m; m = word.exec(line)) {
    if (m.index <= at.character && at.character <= m.index + m[0].length) return { text: m[0], start: m.index, end: m.index + m[0].length };
  }
  return null;
}

function acronymPart(analysis: Analysis, at: Position): { text: string; range: Hover['range'] } | null {
  const word = wordAt(analysis, at);
  const entry = word && lookupAcronym(word.text);
  if (!word || !entry) return null;
  const meanings = entry.meanings.map((m) => `**${entry.acronym}**: ${m.expansion}. ${m.gloss}`);
  const text = entry.meanings.length > 1 ? `${entry.acronym} can mean different things; say which one you mean:\n\n${meanings.map((m) => `- ${m}`).join('\n')}` : meanings[0]!;
  return { text, range: { start: { line: at.line, character: word.start }, end: { line: at.line, character: word.end } } };
}

function findingParts(analysis: Analysis, at: Position): string[] {
  return analysis.result.findings
    .filter((f) => contains(f.range, at) && (f.citation || f.requirement))
    .map((f) => {
      const lines = [`**sendlint: ${f.ruleId}**`];
      const item = f.requirement ? requirementItem(f.requirement)?.item : undefined;
      if (item) lines.push(`${item.obligation === 'must' ? 'The law requires' : 'The SEND Code of Practice expects'}: ${item.summary}`);
      if (f.citation) lines.push(`Source: ${f.citation}`);
      if (f.docsUrl) lines.push(`[About this check](${f.docsUrl})`);
      return lines.join('\n\n');
    });
}

function headingPart(analysis: Analysis, at: Position): string | null {
  const { model } = analysis;
  const section = model.sections.find((s) => s.heading && contains(model.lines.rangeOf(s.heading.span), at));
  // Documents with no statutory checklist (a job description, say) have nothing to say about headings.
  if (!section || !analysis.result.coverage.some((c) => c.status !== 'not-applicable')) return null;
  const covered = itemsCoveredAt(analysis, model.lines.rangeOf(section.span));
  if (!covered.length) return 'This section does not match any statutory item sendlint checks for.';
  return `This section covers:\n\n${covered.map((i) => `- ${i.title ?? i.id} (${i.citation})`).join('\n')}`;
}

export function hover(analysis: Analysis, at: Position): Hover | null {
  const acronym = acronymPart(analysis, at);
  // Findings on the title repeat for every missing item; five is enough to read in a hover.
  const parts = [...findingParts(analysis, at).slice(0, 5), headingPart(analysis, at), acronym?.text].filter((p): p is string => !!p);
  if (!parts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: acronym?.range };
}
