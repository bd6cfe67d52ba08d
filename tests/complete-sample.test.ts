import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, lint } from '../server/src/engine/index.js';
import type { Span } from '../server/src/engine/index.js';

// The complete sample must pass every statutory check, and each of its sections must be what covers its
// item: taking any one section out must leave exactly that item missing.
const samplePath = join(new URL('.', import.meta.url).pathname, '../samples/complete-information-report.md');
const sample = existsSync(samplePath) ? readFileSync(samplePath, 'utf8') : null;

const missingItems = (text: string) =>
  lint(text, { onlyRules: ['missing-requirement'] })
    .findings.map((f) => f.requirement)
    .sort();

/** The span to remove for an item: its Markdown section below the title, or the passage itself. */
function sectionSpan(text: string, evidenceStart: number, evidence: Span): Span {
  const doc = buildDocument(text);
  const sections = doc.sections.filter(
    (s) => s.heading?.source === 'markdown' && s.level >= 2 && s.span.start <= evidenceStart && evidenceStart < s.span.end,
  );
  return sections.sort((a, b) => b.level - a.level)[0]?.span ?? evidence;
}

describe.skipIf(!sample)('complete sample information report', () => {
  const text = sample!;

  it('has no missing-requirement findings', () => {
    expect(missingItems(text)).toEqual([]);
  });

  const coverage = sample ? lint(sample, { onlyRules: [] }).coverage : [];
  const reported = coverage.filter((c) => c.status === 'covered' && c.requirement !== 'cop-2015-sen-report/local-offer-link');

  it('covers every Schedule 1 and s.69 item', () => {
    const statutory = coverage.filter((c) => /^(send-regs-2014-sch1|cfa-2014-s69)\//.test(c.requirement));
    expect(statutory.length).toBe(23);
    expect(statutory.filter((c) => c.status !== 'covered')).toEqual([]);
  });

  it.each(reported.map((c) => [c.requirement, c] as const))('removing the section covering %s leaves exactly that item missing', (requirement, result) => {
    const doc = buildDocument(text);
    const evidence = doc.lines.spanOf(result.evidence!);
    const span = sectionSpan(text, evidence.start, evidence);
    const without = text.slice(0, span.start) + text.slice(span.end);
    expect(missingItems(without)).toEqual([requirement]);
  });
});
