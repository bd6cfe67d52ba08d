import { describe, expect, it } from 'vitest';
import { flattenDeepNesting, MAX_CONTAINER_DEPTH, parseMarkdown, parseWhole, PIECE_CHARS } from './parse.js';

describe('parseMarkdown', () => {
  it('keeps ordinary nesting untouched', () => {
    const text = '> quote\n> - item\n>   1. sub\n';
    expect(flattenDeepNesting(text)).toBe(text);
  });

  it('flattens nesting beyond the limit without moving any offset', () => {
    const deep = '> '.repeat(MAX_CONTAINER_DEPTH + 10) + 'deep words';
    const flat = flattenDeepNesting(deep);
    expect(flat.length).toBe(deep.length);
    expect(flat.endsWith('deep words')).toBe(true);
    expect(flat.slice(0, 2 * MAX_CONTAINER_DEPTH)).toBe(deep.slice(0, 2 * MAX_CONTAINER_DEPTH));
  });

  it('flattens a list nested by two-space indentation at the same depth as one nested by markers', () => {
    const lines = Array.from({ length: MAX_CONTAINER_DEPTH + 5 }, (_, i) => `${'  '.repeat(i)}- item ${i}`);
    const flat = flattenDeepNesting(lines.join('\n')).split('\n');
    expect(flat.slice(0, MAX_CONTAINER_DEPTH)).toEqual(lines.slice(0, MAX_CONTAINER_DEPTH));
    for (let i = MAX_CONTAINER_DEPTH; i < lines.length; i++) expect(flat[i]).toBe(lines[i]!.replace('- ', '  '));
  });

  it('parses 5,000-deep quotes and lists without overflowing the stack', () => {
    for (const marker of ['> ', '- ', '1. ']) {
      const text = marker.repeat(5000) + 'item';
      const tree = parseMarkdown(text);
      expect(tree.type).toBe('root');
      expect(tree.position?.end.offset).toBe(text.length);
    }
  });

  it('parses long text in pieces into the tree one parse gives, after a byte order mark and with CRLF', () => {
    const block = (i: number) => `## Part ${i}\r\n\r\nWe meet parents.\r\n\r\n- one\r\n\r\n- two\r\n\r\n| a | b |\r\n|---|---|\r\n| c | d |\r\n\r\nAfter.\r\n`;
    const text = '\uFEFF---\r\ntype: sen-policy\r\n---\r\n' + Array.from({ length: 100 }, (_, i) => block(i)).join('');
    expect(text.length).toBeGreaterThan(2 * PIECE_CHARS);
    expect(JSON.stringify(parseMarkdown(text))).toBe(JSON.stringify(parseWhole(text)));
  });
});
