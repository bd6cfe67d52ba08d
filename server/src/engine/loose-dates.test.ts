import { describe, expect, it } from 'vitest';
import { parseDateRange, parseLooseDate } from './loose-dates.js';

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe('parseLooseDate', () => {
  it.each([
    ['1 September 2026', false, '2026-09-01'],
    ['1st Sept 2026', false, '2026-09-01'],
    ['September 2026', false, '2026-09-01'],
    ['February 2028', true, '2028-02-29'],
    ['1/9/26', false, '2026-09-01'],
    ['20/12/2025', false, '2025-12-20'],
    ['2026-09-01', false, '2026-09-01'],
    ['Autumn term 2026', false, '2026-09-01'],
    ['spring term 2027', true, '2027-04-30'],
    ['end of summer term 2027', true, '2027-07-31'],
  ])('%s (as end: %s) is %s', (text, asEnd, expected) => {
    expect(iso(parseLooseDate(text, asEnd))).toBe(expected);
  });

  it.each(['31/2/2026', 'the summer', 'Smarch 2026', 'September', '13/13/26', ''])('cannot read "%s"', (text) => {
    expect(parseLooseDate(text)).toBeNull();
  });
});

describe('parseDateRange', () => {
  it('reads "start to end" in several styles', () => {
    for (const text of ['September 2026 to July 2027', 'Sept 2026 – July 2027', '1/9/26 - 31/7/27', 'from September 2026 until July 2027']) {
      const range = parseDateRange(text);
      expect('start' in range && [iso(range.start), iso(range.end)]).toEqual(['2026-09-01', '2027-07-31']);
    }
  });

  it('names the part it cannot read', () => {
    expect(parseDateRange('ongoing')).toEqual({ unreadable: 'ongoing' });
    expect(parseDateRange('September 2026 to the end')).toEqual({ unreadable: 'the end' });
  });
});
