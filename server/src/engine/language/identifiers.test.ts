import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, isValidUpn } from './identifiers.js';

describe('identifier checksums', () => {
  it('accepts a UPN whose check letter matches and rejects one changed digit', () => {
    expect(isValidUpn('P830212318004')).toBe(true);
    expect(isValidUpn('P830212318005')).toBe(false);
    expect(isValidUpn('I830212318004')).toBe(false);
  });
  it('applies the NHS modulus 11 check', () => {
    expect(isValidNhsNumber('999 222 3332')).toBe(true);
    expect(isValidNhsNumber('999 222 3333')).toBe(false);
    expect(isValidNhsNumber('9992223332')).toBe(true);
  });
});
