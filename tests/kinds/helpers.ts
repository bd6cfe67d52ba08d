import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintResult } from '../../server/src/engine/index.js';

export const root = join(__dirname, '../..');
export const readSample = (name: string) => readFileSync(join(root, 'samples', name), 'utf8');
export const readFixture = (name: string) => readFileSync(join(root, 'tests/fixtures/kinds', name), 'utf8');

const NOW = new Date('2026-06-01');
export const lintText = (text: string, onlyRules?: string[]): LintResult => lint(text, { now: NOW, onlyRules });

/** Requirement ids the missing-requirement rule reports. */
export function missingItems(text: string): string[] {
  return lintText(text, ['missing-requirement'])
    .findings.map((f) => f.requirement!)
    .sort();
}

/** The document split at level-2 headings: the part before the first one, then one part per section. */
export function level2Sections(text: string): { heading: string; start: number; end: number }[] {
  const starts = [...text.matchAll(/^## (.+)$/gm)].map((m) => ({ heading: m[1]!, start: m.index! }));
  return starts.map((s, i) => ({ ...s, end: starts[i + 1]?.start ?? text.length }));
}

export function withoutFrontmatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/**
 * Removes each level-2 section in turn and returns what missing-requirement then reports, by heading.
 * A complete document whose sections each answer one item reports exactly that item.
 */
export function removalReport(text: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const section of level2Sections(text)) {
    result.set(section.heading, missingItems(text.slice(0, section.start) + text.slice(section.end)));
  }
  return result;
}
