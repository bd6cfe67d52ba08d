import { describe, expect, it } from 'vitest';
import { flattenDeepNesting, MAX_CONTAINER_DEPTH, parseMarkdown } from './parse.js';

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

  it('parses 5,000-deep quotes and lists without overflowing the stack', () => {
    for (const marker of ['> ', '- ', '1. ']) {
      const text = marker.repeat(5000) + 'item';
      const tree = parseMarkdown(text);
      expect(tree.type).toBe('root');
      expect(tree.position?.end.offset).toBe(text.length);
    }
  });
});
