import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const subjects = (text: string) => lint(text, { onlyRules: ['placeholder'] }).findings.map((f) => f.subject);

describe('placeholder', () => {
  it('reports template left-overs', () => {
    expect(subjects('Our SEND governor is [insert name]. Welcome to <<school name>>, reviewed XXXX, date TBC. Lorem ipsum.')).toEqual([
      '[insert name]',
      '<<school name>>',
      'XXXX',
      'TBC',
      'Lorem ipsum',
    ]);
  });

  it('reports other template shapes', () => {
    expect(subjects('| Owner | [School name] |\n|---|---|\n| Date | <Insert date> |\n')).toEqual(['[School name]', '<Insert date>']);
    expect(subjects('Signed: Mrs X, Chair. Date: XX/XX/20XX. Call {{SENCO}} on ??.')).toEqual(['Mrs X', 'XX/XX/20XX', '{{SENCO}}', '??']);
    expect(subjects('Contact [SENCO name] on [phone number].')).toEqual(['[SENCO name]', '[phone number]']);
    expect(subjects('Welcome to (insert school name), INSERT SCHOOL NAME, in YYYY.')).toEqual(['(insert school name)', 'INSERT SCHOOL NAME', 'YYYY']);
  });

  it('leaves names with an initial, questions and dates alone', () => {
    expect(subjects('Mrs Z Patel and Mr X. Jones will help. Really?? Reviewed 01/09/2025. See [1] and [our policy][p].')).toEqual([]);
  });

  it('ignores code, comments, frontmatter and links', () => {
    expect(subjects('---\nreview: TBC\n---\n\n`XXXX`\n\n<!-- [insert name] -->\n\nSee [our policy](https://example.org).\n')).toEqual([]);
  });
});
