import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { standards } from '../standards.js';
import { necessaryLiterals as literalsOf } from '../../../../scripts/phrase-literals.mjs';
import { FamilyPrefilter } from './prefilter.js';

const necessaryLiterals = (pattern: RegExp): string[] | null => literalsOf(pattern.source, pattern.flags);

describe('necessary literals of a phrase pattern', () => {
  it('takes one literal from each alternative, the longest part of each sequence', () => {
    expect(necessaryLiterals(/learning (difficult|disabilit)|dyslexi/i)?.sort()).toEqual(['dyslexi', 'learning ']);
    expect(necessaryLiterals(/\b(child|children|pupils?)\b.{0,30}\binvited\b/i)).toEqual(['invited']);
    expect(necessaryLiterals(/clubs?\b|trips?\b|after[- ]school/i)?.sort()).toEqual(['club', 'school', 'trip']);
  });

  it('gives none when an alternative can match without three plain characters in a row', () => {
    expect(necessaryLiterals(/PE\b|swimming/i)).toBeNull();
    expect(necessaryLiterals(/\b20\d\d\b/i)).toBeNull();
    expect(necessaryLiterals(/(abc)?xy/i)).toBeNull();
  });

  it('folds case and keeps literals across zero-width assertions', () => {
    expect(necessaryLiterals(/\bSpLD\b/i)).toEqual(['spld']);
    expect(necessaryLiterals(/(?<!work )experience/i)).toEqual(['experience']);
  });

  it('only serves case-insensitive patterns', () => {
    expect(necessaryLiterals(/support/)).toBeNull();
  });
});

const items = standards.requirements.flatMap((r) => r.items);
const compile = (sources: string[] | undefined) => (sources ?? []).map((p) => new RegExp(p, /\\[pPu]\{/.test(p) ? 'iu' : 'i'));
/** The items' phrase families and their headings, each with the prefilter built from the build's literals. */
const sets = [
  { name: 'family', patterns: items.map((item) => compile(item.recognise.phrases)), prefilter: new FamilyPrefilter(items.map((item) => item.recognise.phraseLiterals!)) },
  { name: 'heading', patterns: items.map((item) => compile(item.recognise.headings)), prefilter: new FamilyPrefilter(items.map((item) => item.recognise.headingLiterals!)) },
];
const { patterns: families, prefilter } = sets[0]!;

/** Every pattern that matches the text is among the possible ones. */
function assertNoFamilyMissed(text: string): void {
  for (const { name, patterns, prefilter } of sets) {
    const possible = prefilter.possible(text);
    patterns.forEach((group, g) =>
      group.forEach((pattern, bit) => {
        if (pattern.test(text) && !(possible[g]! & (1 << bit))) throw new Error(`${name} ${g}/${bit} ${pattern} matches ${JSON.stringify(text)} but was ruled out`);
      }),
    );
  }
}

describe('the family prefilter', () => {
  it('has every phrase\'s and heading\'s literals from the build', () => {
    for (const item of items) {
      expect(item.recognise.phraseLiterals?.length).toBe(item.recognise.phrases?.length ?? 0);
      expect(item.recognise.headingLiterals?.length).toBe(item.recognise.headings?.length ?? 0);
    }
  });

  it('counts a family without literals as always possible', () => {
    const possible = new FamilyPrefilter([[['parent'], null]]).possible('Nothing here.');
    expect(possible[0]).toBe(0b10);
  });

  it('writes one text\'s bits at an offset of a shared array, leaving the rest alone', () => {
    const shared = Int32Array.from([7, 7, 7, 7]);
    new FamilyPrefilter([[['parent'], ['carer']], [null]]).possibleInto('Parents and carers', shared, 1);
    expect([...shared]).toEqual([7, 0b11, 0b1, 7]);
  });

  it('finds literals that overlap or end inside one another', () => {
    const possible = new FamilyPrefilter([[['learning'], ['earn'], ['ning sup'], ['port']]]).possible('LEARNING SUPPORT');
    expect(possible[0]).toBe(0b1111);
  });

  it('rules families out of plain text that says nothing about them', () => {
    const possible = prefilter.possible('The weather was fine on Tuesday.');
    const ruledOut = families.reduce((n, group, g) => n + group.filter((_, bit) => !(possible[g]! & (1 << bit))).length, 0);
    expect(ruledOut).toBeGreaterThan(families.flat().length * 0.6);
  });

  it('never rules out a family that matches: the repository documents, a sentence at a time', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../../../tests/corpus/dev/', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) assertNoFamilyMissed(line);
    }
  });

  it('never rules out a family that matches: random text from the patterns\' own words, in any case', () => {
    const words = [...new Set(sets.flatMap((set) => set.patterns.flat()).flatMap((f) => f.source.match(/[A-Za-z]{2,}/g) ?? []))];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(' ', ' ', '\n', '-', "'", '’', '.', ',', 'ſ', 'K', 'İ', 'ı', 'é'),
      fc.string({ maxLength: 3 }),
    );
    const casing = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0]!.toUpperCase() + s.slice(1));
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, casing), { maxLength: 14 }), (parts) => {
        assertNoFamilyMissed(parts.map(([text, cased]) => (text ? cased(text) : text)).join(''));
      }),
      { numRuns: 4000, seed: 20261123 },
    );
  });
});
