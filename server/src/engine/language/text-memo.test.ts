import { describe, expect, it } from 'vitest';
import { TextMemo } from './text-memo.js';

describe('TextMemo', () => {
  it('computes once per text and reuses the result', () => {
    const memo = new TextMemo<number>();
    let calls = 0;
    const length = (t: string) => (calls++, t.length);
    expect(memo.get('abc', length)).toBe(3);
    expect(memo.get('abc', length)).toBe(3);
    expect(calls).toBe(1);
  });

  it('drops the least recently used text when full', () => {
    const memo = new TextMemo<string>(2);
    const computed: string[] = [];
    const upper = (t: string) => (computed.push(t), t.toUpperCase());
    memo.get('a', upper);
    memo.get('b', upper);
    memo.get('a', upper); // 'a' is now the most recent
    memo.get('c', upper); // evicts 'b'
    memo.get('a', upper);
    memo.get('b', upper);
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });
});
