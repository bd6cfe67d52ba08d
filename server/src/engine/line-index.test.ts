import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.js';

describe('LineIndex', () => {
  it('maps offsets to positions across LF, CRLF and lone CR line breaks', () => {
    const index = new LineIndex('ab\r\ncd\ref\ngh');
    expect(index.lineCount).toBe(4);
    expect(index.positionAt(4)).toEqual({ line: 1, character: 0 });
    expect(index.positionAt(7)).toEqual({ line: 2, character: 0 });
    expect(index.lineText(1)).toBe('cd');
    expect(index.offsetAt({ line: 3, character: 1 })).toBe(11);
  });

  it('never places a position between the two characters of a CRLF', () => {
    const index = new LineIndex('ab\r\ncd');
    expect(index.positionAt(3)).toEqual({ line: 0, character: 2 });
    expect(index.positionAt(4)).toEqual({ line: 1, character: 0 });
  });

  it('counts UTF-16 code units so emoji positions match LSP', () => {
    const index = new LineIndex('😀 EHCP');
    expect(index.positionAt(3)).toEqual({ line: 0, character: 3 });
  });

  it('clamps positions beyond the end of a line or the document', () => {
    const index = new LineIndex('one\ntwo');
    expect(index.offsetAt({ line: 0, character: 99 })).toBe(3);
    expect(index.offsetAt({ line: 9, character: 0 })).toBe(7);
    expect(index.positionAt(999)).toEqual({ line: 1, character: 3 });
  });
});
