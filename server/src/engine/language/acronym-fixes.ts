import type { DocumentModel } from '../document.js';
import type { Fix, Range } from '../types.js';
import { analyseAcronyms, containsAcronym, type AcronymInfo, type AcronymUse } from './acronyms.js';
import { isExact } from './text.js';
import type { Meaning } from './glossary.js';
import { withArticle } from './article.js';

/** Titles and keys shared by the three acronym rules. */
export function quote(text: string): string {
  return `"${text}"`;
}

function isPlural(use: AcronymUse, info: AcronymInfo): boolean {
  return use.written.length > info.canonical.length && /s$/.test(use.written);
}

/** "Education, Health and Care plan (EHCP)" in place of the use, fixing "a"/"an" and a capital at the start of a sentence. */
export function expandFix(doc: DocumentModel, info: AcronymInfo, use: AcronymUse, meaning: Meaning, safe: boolean): Fix | null {
  if (!isExact(use.block, use.start, use.end)) return null;
  const plural = isPlural(use, info);
  const fullForm = plural ? meaning.plural : meaning.expansion;
  if (!fullForm) return null;
  const before = use.block.text.slice(0, use.start);
  const replacement = withArticle(before, `${fullForm} (${use.written})`);
  const articleStart = use.start - replacement.consumed;
  if (!isExact(use.block, articleStart, use.end)) return null;
  const range: Range = doc.lines.rangeOf({ start: use.span.start - replacement.consumed, end: use.span.end });
  return {
    title: `Spell out ${quote(use.written)} as ${quote(fullForm)}`,
    edits: [{ range, newText: replacement.text }],
    safe: safe && !use.shouted && !info.entry?.outdated && !containsAcronym(fullForm) && (!plural || !!meaning.plural),
  };
}

/** A line for the document's glossary, or a new Glossary section at the end. */
export function glossaryFix(doc: DocumentModel, info: AcronymInfo): Fix {
  const meanings = info.entry?.meanings ?? [];
  const fullForm = meanings.length === 1 ? meanings[0]!.expansion : meanings.map((m) => m.expansion).join(' / ');
  const written = info.canonical;
  const { glossaryEnd } = analyseAcronyms(doc);
  const snippetText = fullForm ? fullForm.replace(/[$}\\]/g, '\\$&') : 'what it stands for';
  if (glossaryEnd) {
    const position = doc.lines.positionAt(glossaryEnd.offset);
    const line = glossaryEnd.table ? `\n| ${written} | ${fullForm} |` : `\n- ${written}: ${fullForm}`;
    const snippetLine = glossaryEnd.table ? `\n| ${written} | \${1:${snippetText}} |` : `\n- ${written}: \${1:${snippetText}}`;
    return { title: `Add ${quote(written)} to the document's glossary`, edits: [{ range: { start: position, end: position }, newText: line }], snippet: snippetLine, safe: false };
  }
  const end = doc.lines.positionAt(doc.text.length);
  const lead = doc.text.endsWith('\n\n') ? '' : doc.text.endsWith('\n') ? '\n' : '\n\n';
  return {
    title: `Start a glossary with ${quote(written)}`,
    edits: [{ range: { start: end, end }, newText: `${lead}## Glossary\n\n- ${written}: ${fullForm}\n` }],
    snippet: `${lead}## Glossary\n\n- ${written}: \${1:${snippetText}}\n`,
    safe: false,
  };
}

/** Changes the workspace settings, not the document: the server turns it into a command. */
export function allowFix(info: AcronymInfo): Fix {
  return { title: `Never report ${quote(info.canonical)} in this workspace (add it to the allowed acronyms)`, edits: [], safe: false, kind: 'allow-acronym' };
}

/** Everyday acronyms (glossary "everyday") and the workspace's allowAcronyms are never reported. */
export function isAllowed(info: AcronymInfo, allow: string[] | undefined): boolean {
  if (info.entry?.everyday) return true;
  return (allow ?? []).some((a) => a.toUpperCase() === info.key || a.toUpperCase() === info.canonical.toUpperCase());
}

/** "It stands for ..." / "It can mean ... or ...", for messages. */
export function meaningsText(info: AcronymInfo): string {
  const meanings = info.entry?.meanings ?? [];
  if (meanings.length === 1) return ` It stands for ${quote(meanings[0]!.expansion)}.`;
  if (meanings.length > 1) return ` It can mean ${meanings.map((m) => quote(m.expansion)).join(' or ')}, so readers cannot tell which you mean.`;
  return '';
}

export const CLEAR_LANGUAGE_CITATION = 'SEND Code of Practice 2015, para 6.81 (clear, straightforward language)';
