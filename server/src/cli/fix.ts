import { applySafeFixes, lint, LineIndex, type Fix, type LintOptions, type LintResult } from '../engine/index.js';

export interface AppliedFix {
  /** 1-based line where the fix applied, in the text as it was at that pass. */
  line: number;
  title: string;
}

// A fix that conflicts with another is left for the next pass, which re-lints;
// the cap only guards against rules whose fixes keep producing new fixes.
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

/** Applies safe fixes until none are left, then returns the final text and its lint result. */
export function fixText(text: string, options: LintOptions): { text: string; result: LintResult; applied: AppliedFix[] } {
  const applied: AppliedFix[] = [];
  let result = lint(text, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
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
    text = next;
    result = lint(text, options);
  }
  return { text, result, applied };
}
