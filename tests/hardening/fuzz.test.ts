// Bounded fuzzing of the engine (issue 7): random Unicode, Markdown-shaped documents and mutated
// samples must never make a rule throw, and every range the engine returns must lie inside the
// document. `npm run fuzz` runs the same properties on 1e5 documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as engine from '../../server/src/engine/index.js';
// @ts-expect-error -- plain ES module shared with scripts/fuzz.mjs, no type declarations
import { checkDocument, markdownDocument, mutatedDocument, seedDocuments } from './fuzz-core.mjs';

const seeds: string[] = seedDocuments();
// Each property gets a time budget as well as a run count, so a slow, loaded machine stays under ~20 s.
// A fixed seed keeps the suite repeatable; `npm run fuzz` draws a new seed each run to find new cases.
const bounded = (numRuns: number) => ({ numRuns, seed: 20261123, interruptAfterTimeLimit: 5000, markInterruptAsFailure: false });

const holds = (text: string) => {
  expect(checkDocument(engine, text)).toEqual([]);
};

describe('fuzzing the engine', () => {
  it('has seeds to mutate', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(20);
  });

  it('holds on arbitrary Unicode, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), holds), bounded(150));
  });

  it('holds on Markdown-shaped documents', () => {
    fc.assert(fc.property(markdownDocument, holds), bounded(150));
  });

  it('holds on mutated samples and dev-corpus documents', () => {
    fc.assert(fc.property(mutatedDocument(seeds), holds), bounded(40));
  });

  it('reports a broken range, so the checks above can fail', () => {
    const broken = {
      ...engine,
      lint: (text: string) => ({
        findings: [{ ruleId: 'x', severity: 'info', message: 'm', range: { start: { line: 0, character: 9 }, end: { line: 0, character: 2 } } }],
      }),
    };
    expect(checkDocument(broken, 'short')).toEqual([
      'x finding: character 9 past the end of line 0 (length 5)',
    ]);
  });
});
