import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.js';

describe('buildDocument', () => {
  it('records the spans that are not prose, in order: frontmatter, code, inline code and HTML comments', () => {
    const text = [
      '---',
      'type: sen-policy',
      '---',
      '',
      'Call `TBC` today <!-- note --> please.',
      '',
      '```',
      '[insert name]',
      '```',
      '',
      '<!-- a block comment -->',
      '',
      '<div>not a comment</div>',
      '',
      '| a | `b` |',
      '|---|---|',
    ].join('\n');
    const doc = buildDocument(text);
    expect(doc.nonProse.map((s) => text.slice(s.start, s.end))).toEqual([
      '---\ntype: sen-policy\n---',
      '`TBC`',
      '<!-- note -->',
      '```\n[insert name]\n```',
      '<!-- a block comment -->',
      '`b`',
    ]);
  });
});
