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

  it('drops the oldest text when full, and works it out again when asked', () => {
    const memo = new TextMemo<string>(2);
    const computed: string[] = [];
    const upper = (t: string) => (computed.push(t), t.toUpperCase());
    memo.get('a', upper);
    memo.get('b', upper);
    memo.get('a', upper); // a hit: nothing computed
    memo.get('c', upper); // full: 'a', the oldest, goes
    memo.get('b', upper);
    expect(memo.get('a', upper)).toBe('A');
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('does not keep very long texts', () => {
    const memo = new TextMemo<number>();
    let calls = 0;
    const long = 'x'.repeat(100_000);
    memo.get(long, (t) => (calls++, t.length));
    memo.get(long, (t) => (calls++, t.length));
    expect(calls).toBe(2);
  });
});
