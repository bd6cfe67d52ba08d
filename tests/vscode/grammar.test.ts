// The injection grammars' regexes run in Oniguruma inside VS Code. vscode-textmate and vscode-oniguruma are
// not installed here, so these tests run the same patterns as JS RegExps, after checking that each pattern
// stays inside the syntax both engines read the same way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Pattern {
  match: string;
}
const load = (file: string) => JSON.parse(readFileSync(new URL(`../../grammars/${file}`, import.meta.url), 'utf8'));
const citations = load('sendlint-citations.injection.tmLanguage.json');
const frontmatter = load('sendlint-frontmatter.injection.tmLanguage.json');
const citationPatterns: Pattern[] = Object.values(citations.repository as Record<string, Pattern>);

// Oniguruma-only constructs (anchors \A \G \z, \h hex class, inline flags, possessive quantifiers, \p{..})
// would be read differently or rejected by JS, so the grammar must not use them.
const ONIGURUMA_ONLY = /\\[AGzZhHK]|\(\?[imx]+[:)]|[*+?}]\+|\\p\{/;

/** Every citation match on a line, as the text the grammar would colour. */
function citationsIn(line: string): string[] {
  const found: string[] = [];
  for (const { match } of citationPatterns) {
    for (const m of line.matchAll(new RegExp(match, 'g'))) found.push(m[0].trim());
  }
  return found;
}

describe('citation injection grammar', () => {
  it('uses only regex syntax that Oniguruma and JS share', () => {
    for (const p of [...citationPatterns, ...frontmatter.patterns]) expect(p.match).not.toMatch(ONIGURUMA_ONLY);
  });

  it('injects into Markdown prose, not into code', () => {
    expect(citations.injectionSelector).toMatch(/^L:text\.html\.markdown/);
    expect(citations.injectionSelector).toContain('-markup.fenced_code');
  });

  it.each([
    ['We publish this report under the SEND Regulations 2014, Schedule 1, paragraph 4.', 'SEND Regulations 2014, Schedule 1, paragraph 4'],
    ['See the Special Educational Needs and Disability Regulations 2014, regulation 51.', 'Special Educational Needs and Disability Regulations 2014, regulation 51'],
    ['as the Children and Families Act 2014, s.69 requires', 'Children and Families Act 2014, s.69'],
    ['Children and Families Act 2014, section 69(2) says', 'Children and Families Act 2014, section 69(2)'],
    ['duties in the Equality Act 2010, ss.20-21 apply', 'Equality Act 2010, ss.20-21'],
    ['the SEND Code of Practice: 0 to 25 years (2015), paragraph 6.79, describes', 'SEND Code of Practice: 0 to 25 years (2015), paragraph 6.79'],
    ['Code of Practice 6.79', 'Code of Practice 6.79'],
    ['The Additional Learning Needs and Education Tribunal (Wales) Act 2018 applies in Wales.', 'Additional Learning Needs and Education Tribunal (Wales) Act 2018'],
  ])('highlights the whole citation in %j', (line, expected) => {
    expect(citationsIn(line)).toEqual([expected]);
  });

  it('stops a Code of Practice citation at the end of its sentence', () => {
    expect(citationsIn('We follow the Code of Practice. Our budget grew by 2.5 per cent.')).toEqual(['Code of Practice']);
  });

  it('leaves ordinary prose alone', () => {
    expect(citationsIn('Our regulations for the 2014 trip say children need 2 forms. Read the schedule.')).toEqual([]);
  });

  it('marks the pinpoint (section, paragraph) separately from the instrument', () => {
    const m = new RegExp(citations.repository['act-section'].match).exec('Children and Families Act 2014, s.69');
    expect(m?.[1]?.trim()).toBe(', s.69');
  });
});

describe('frontmatter injection grammar', () => {
  const key = new RegExp(frontmatter.patterns[0].match);

  it('injects only into the frontmatter block', () => {
    expect(frontmatter.injectionSelector).toBe('L:meta.embedded.block.frontmatter');
  });

  it.each(['type', 'setting', 'jurisdiction', 'published', 'review-date'])('highlights the %s key', (name) => {
    expect(key.exec(`${name}: something`)?.[1]).toBe(name);
  });

  it('ignores keys sendlint does not read and values that look like keys', () => {
    expect(key.exec('title: Our SEN policy')).toBeNull();
    expect(key.exec('summary: the setting: primary')).toBeNull();
  });
});
