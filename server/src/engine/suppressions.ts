import type { DocumentModel } from './document.js';
import type { Finding, Span } from './types.js';

export const UNUSED_SUPPRESSION_RULE = 'unused-suppression';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

/** One `<!-- sendlint-... -->` comment. */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  reason: string | null;
  span: Span;
}

const DIRECTIVE = /^sendlint-(disable-next-line|disable-file|disable|enable)(?=\s|$)\s*([\s\S]*)$/;

/** Reads the suppression comments of a document, in order. */
export function parseDirectives(doc: DocumentModel): Directive[] {
  const result: Directive[] = [];
  for (const comment of doc.comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const [list, ...reason] = match[2]!.split(/\s--\s|^--\s|\s--$/);
    result.push({
      kind: match[1] as DirectiveKind,
      rules: (list ?? '').split(/[\s,]+/).filter(Boolean),
      reason: reason.join(' -- ').trim() || null,
      span: comment.span,
    });
  }
  return result;
}

interface Region {
  directive: Directive;
  rules: string[];
  from: number;
  to: number;
  used: boolean;
}

const covers = (region: Region, ruleId: string) => region.rules.length === 0 || region.rules.includes(ruleId);

/**
 * Drops findings that a suppression comment covers, and lists the
 * suppressions that covered nothing (among the rules that ran), so stale
 * ones do not hide future problems.
 */
export function applySuppressions(doc: DocumentModel, findings: Finding[], ranRules: string[]): { findings: Finding[]; unused: Directive[] } {
  const directives = parseDirectives(doc);
  if (directives.length === 0) return { findings, unused: [] };
  const regions: Region[] = [];
  const open: Region[] = [];
  for (const directive of directives) {
    const after = directive.span.end;
    if (directive.kind === 'disable-file') regions.push({ directive, rules: directive.rules, from: 0, to: doc.text.length, used: false });
    else if (directive.kind === 'disable-next-line') {
      const line = doc.lines.positionAt(after).line + 1;
      regions.push({ directive, rules: directive.rules, from: doc.lines.lineStart(line), to: doc.lines.lineEnd(line), used: false });
    } else if (directive.kind === 'disable') {
      const region = { directive, rules: directive.rules, from: after, to: doc.text.length, used: false };
      regions.push(region);
      open.push(region);
    } else {
      for (const region of open) {
        if (region.to !== doc.text.length) continue;
        if (directive.rules.length === 0) region.to = directive.span.start;
        else if (region.rules.length > 0 && region.rules.every((r) => directive.rules.includes(r))) region.to = directive.span.start;
      }
    }
  }
  const kept = findings.filter((finding) => {
    if (finding.ruleId === UNUSED_SUPPRESSION_RULE) return true;
    const offset = doc.lines.offsetAt(finding.range.start);
    let suppressed = false;
    for (const region of regions) {
      if (offset >= region.from && offset <= region.to && covers(region, finding.ruleId)) {
        region.used = true;
        suppressed = true;
      }
    }
    return !suppressed;
  });
  const unused = regions
    .filter((r) => !r.used && (r.rules.length === 0 ? ranRules.length > 0 : r.rules.every((id) => ranRules.includes(id))))
    .map((r) => r.directive);
  return { findings: kept, unused };
}
