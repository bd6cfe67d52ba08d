import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus, score, sencoAndLinkMisses, type Score } from './coverage-scoring.js';

// Scores coverage against the labelled corpus: the 12 dev documents plus our own extra documents in
// styles the dev corpus does not use (a council pro-forma table, "Our approach to ..." headings, merged
// sections in plain text, ALL-CAPS labels with inline "Q:" answers).
const here = new URL('.', import.meta.url).pathname;
const dev = loadCorpus(join(here, 'corpus/dev'));
const extra = loadCorpus(join(here, 'corpus/extra'));
const all = [...dev, ...extra];

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

function report(name: string, result: Score): void {
  const lines = [
    `${name}: ${result.total} item labels`,
    `  covered: precision ${percent(result.covered.precision)}, recall ${percent(result.covered.recall)}`,
    `  missing: precision ${percent(result.missing.precision)}, recall ${percent(result.missing.recall)}`,
    ...result.misses.map((m) => `  miss: ${m.file} item ${m.item}: expected ${m.expected ? 'covered' : 'not covered'}, got ${m.got}. ${m.reason}`),
  ];
  console.log(lines.join('\n'));
}

function expectAccurate(result: Score): void {
  expect(result.covered.precision).toBeGreaterThanOrEqual(0.9);
  expect(result.covered.recall).toBeGreaterThanOrEqual(0.9);
  expect(result.missing.precision).toBeGreaterThanOrEqual(0.9);
  expect(result.missing.recall).toBeGreaterThanOrEqual(0.9);
}

describe('coverage accuracy on the labelled corpus', () => {
  it.each([
    ['dev corpus', dev],
    ['extra documents', extra],
    ['dev + extra', all],
  ])('Schedule 1 items, %s: precision and recall >= 0.9 for covered and for missing', (name, docs) => {
    const result = score(docs, 'send-regs-2014-sch1', (l) => l.schedule1);
    report(`Schedule 1 (${name})`, result);
    expect(result.total).toBeGreaterThan(0);
    expectAccurate(result);
  });

  it.each([
    ['dev corpus', dev],
    ['extra documents', extra],
    ['dev + extra', all],
  ])('s.69 items, %s: precision and recall >= 0.9 for covered and for missing', (name, docs) => {
    const result = score(docs, 'cfa-2014-s69', (l) => l.s69);
    report(`s.69 (${name})`, result);
    expect(result.total).toBeGreaterThan(0);
    expectAccurate(result);
  });

  it('finds the SENCO name, the SENCO contact and the Local Offer link as labelled', () => {
    const misses = sencoAndLinkMisses(all);
    if (misses.length) console.log(misses.join('\n'));
    expect(misses).toEqual([]);
  });
});
