import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { KNOWN_KINDS, KNOWN_SETTINGS } from '../engine/facts.js';
import type { Analysis } from './analysis.js';
import { requirementItem } from './coverage.js';
import { glossaryEntries } from './glossary.js';

const FRONTMATTER_KEYS: { key: string; doc: string }[] = [
  { key: 'type', doc: 'What the document is, for example sen-information-report or sen-policy. sendlint checks it against the right law.' },
  { key: 'setting', doc: "The school's setting. Some statutory items only apply to some settings." },
  { key: 'jurisdiction', doc: 'england or wales: which law applies.' },
  { key: 'published', doc: 'The date the document was published (YYYY-MM-DD).' },
  { key: 'review-date', doc: 'The date the document is next reviewed (YYYY-MM-DD). The information report must be updated every year.' },
];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function valuesFor(key: string): string[] {
  switch (key) {
    case 'type':
      return KNOWN_KINDS;
    case 'setting':
      return KNOWN_SETTINGS;
    case 'jurisdiction':
      return ['england', 'wales'];
    case 'published':
    case 'review-date':
      return [today()];
    default:
      return [];
  }
}

function frontmatterItems(analysis: Analysis, at: Position): CompletionItem[] | null {
  const { model } = analysis;
  const fm = model.frontmatter;
  if (!fm) return null;
  const first = model.lines.positionAt(fm.span.start).line;
  const last = model.lines.positionAt(fm.span.end).line;
  if (at.line <= first || at.line >= last) return null;
  const before = model.lines.lineText(at.line).slice(0, at.character);
  const value = /^([\w-]+):\s*(\S*)$/.exec(before);
  if (value) {
    const start = { line: at.line, character: at.character - value[2]!.length };
    return valuesFor(value[1]!).map((v) => ({ label: v, kind: CompletionItemKind.Value, textEdit: { range: { start, end: at }, newText: v } }));
  }
  if (!/^[\w-]*$/.test(before)) return [];
  const present = new Set(Object.keys(fm.data ?? {}));
  return FRONTMATTER_KEYS.filter((k) => !present.has(k.key)).map((k) => ({
    label: k.key,
    kind: CompletionItemKind.Property,
    documentation: k.doc,
    textEdit: { range: { start: { line: at.line, character: 0 }, end: at }, newText: `${k.key}: ` },
  }));
}

/** After "#", the headings of statutory items the document is missing, with their prompts. */
function headingItems(analysis: Analysis, at: Position, snippets: boolean): CompletionItem[] | null {
  const before = analysis.model.lines.lineText(at.line).slice(0, at.character);
  const heading = /^(#{1,6})[ \t]*([^#]*)$/.exec(before);
  if (!heading) return null;
  const start = { line: at.line, character: heading[1]!.length };
  const escape = (s: string) => s.replace(/[$}\\]/g, '\\$&');
  return analysis.result.coverage.flatMap((c) => {
    if (c.status !== 'missing') return [];
    const found = requirementItem(c.requirement);
    if (!found) return [];
    const { item } = found;
    const prompts = item.snippet.prompts;
    return [
      {
        label: item.snippet.heading,
        kind: CompletionItemKind.Snippet,
        detail: `Missing: ${item.title ?? item.id} (${item.citation})`,
        documentation: item.summary,
        filterText: `${heading[1]} ${item.snippet.heading} ${item.title ?? ''}`,
        insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: {
          range: { start, end: at },
          newText: snippets
            ? ` ${escape(item.snippet.heading)}\n\n${prompts.map((p, i) => `\${${i + 1}:${escape(p)}}`).join('\n\n')}`
            : ` ${item.snippet.heading}\n\n${prompts.join('\n\n')}`,
        },
      },
    ];
  });
}

/** An acronym being typed, offered with its expansion: "EHCP" -> "Education, Health and Care plan (EHCP)". */
function acronymItems(analysis: Analysis, at: Position): CompletionItem[] {
  const before = analysis.model.lines.lineText(at.line).slice(0, at.character);
  const word = /[A-Za-z&+]{2,}$/.exec(before)?.[0];
  if (!word || !/^[A-Z]/.test(word)) return [];
  const start = { line: at.line, character: at.character - word.length };
  const prefix = word.toLowerCase();
  return glossaryEntries()
    .filter((e) => e.acronym.toLowerCase().startsWith(prefix))
    .flatMap((e) =>
      e.meanings.map((m) => ({
        label: `${m.expansion} (${e.acronym})`,
        kind: CompletionItemKind.Text,
        detail: e.acronym,
        documentation: m.gloss,
        filterText: e.acronym,
        textEdit: { range: { start, end: at }, newText: `${m.expansion} (${e.acronym})` },
      })),
    );
}

export function completion(analysis: Analysis, at: Position, snippets: boolean): CompletionItem[] {
  return frontmatterItems(analysis, at) ?? headingItems(analysis, at, snippets) ?? acronymItems(analysis, at);
}
