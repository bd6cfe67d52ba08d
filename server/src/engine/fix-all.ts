import { applySafeFixes } from './fixes.js';
import { LineIndex } from './line-index.js';
import { lint } from './run.js';
import type { Fix, LintOptions, LintResult } from './types.js';

export interface AppliedFix {
  /** 1-based line where the fix applied, in the text as it was at that pass. */
  line: number;
  title: string;
}

// One rule's fix can change what another rule sees (replacing an old term can turn a shouted line into an
// ordinary one, so an acronym in it becomes fixable), and a fix that conflicts with another waits for the
// next pass. So "fix all" re-checks and repeats until nothing safe is left, as ESLint does; the cap only
// guards against fixes that keep producing new fixes.
const MAX_PASSES = 10;

function isApplicable(fix: Fix): boolean {
  return fix.safe && (fix.kind ?? 'edit') === 'edit' && fix.edits.length > 0;
}

/**
 * Picks whole fixes whose edits do not overlap one already picked, so a fix is
 * applied completely or not at all (two insertions at one point also conflict,
 * since their order would be a guess).
 */
export function chooseNonOverlapping(text: string, fixes: Fix[]): { fix: Fix; start: number }[] {
  const lines = new LineIndex(text);
  const taken: { start: number; end: number }[] = [];
  const chosen: { fix: Fix; start: number }[] = [];
  const withSpans = fixes.map((fix) => ({ fix, spans: fix.edits.map((e) => lines.spanOf(e.range)) }));
  withSpans.sort((a, b) => Math.min(...a.spans.map((s) => s.start)) - Math.min(...b.spans.map((s) => s.start)));
  for (const { fix, spans } of withSpans) {
    const clashes = spans.some((s) =>
      taken.some((t) => (s.start < t.end && t.start < s.end) || (s.start === t.start && (s.start === s.end || t.start === t.end))),
    );
    const selfOverlap = spans.some((s, i) => spans.some((o, j) => i !== j && s.start < o.end && o.start < s.end));
    if (clashes || selfOverlap) continue;
    taken.push(...spans);
    chosen.push({ fix, start: Math.min(...spans.map((s) => s.start)) });
  }
  return chosen;
}

/**
 * Applies safe fixes until none are left (the CLI's --fix and the editor's "fix all"), and returns the
 * final text, its lint result, the fixes applied and how many passes it took.
 */
export function fixAll(text: string, options: LintOptions = {}, first: LintResult = lint(text, options)): { text: string; result: LintResult; applied: AppliedFix[]; passes: number } {
  const applied: AppliedFix[] = [];
  let result = first;
  let passes = 0;
  while (passes < MAX_PASSES) {
    const fixes = result.findings.flatMap((f) => f.fixes ?? []).filter(isApplicable);
    const chosen = chooseNonOverlapping(text, fixes);
    if (chosen.length === 0) break;
    const next = applySafeFixes(
      text,
      chosen.map((c) => c.fix),
    ).text;
    if (next === text) break;
    const lines = new LineIndex(text);
    applied.push(...chosen.map((c) => ({ line: lines.positionAt(c.start).line + 1, title: c.fix.title })));
    passes++;
    text = next;
    result = lint(text, options);
  }
  return { text, result, applied, passes };
}
