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

  it('ignores code, comments, frontmatter and links', () => {
    expect(subjects('---\nreview: TBC\n---\n\n`XXXX`\n\n<!-- [insert name] -->\n\nSee [our policy](https://example.org).\n')).toEqual([]);
  });
});
