/**
 * Dates as teachers write them in plans: "1 September 2026", "Sept 2026", "1/9/26", "2026-09-01",
 * "Autumn term 2026". A month or term without a day means its first day as a start and its last as an end.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** School terms in England and Wales: first and last month. */
const TERMS: Record<string, [number, number]> = { autumn: [8, 11], spring: [0, 3], summer: [3, 6] };

function year(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function valid(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m && date.getUTCDate() === d ? date : null;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** Reads one date; `asEnd` picks the last day of a month or term. Null when it cannot be read. */
export function parseLooseDate(input: string, asEnd = false): Date | null {
  const text = input.trim().toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/[.,]/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text);
  if (m) return valid(year(m[3]!), Number(m[2]) - 1, Number(m[1]));
  m = /^(?:(\d{1,2}) )?([a-z]+) (\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS.findIndex((name) => m![2]!.startsWith(name) && m![2]!.length >= 3);
    if (month < 0) return null;
    const y = Number(m[3]);
    return valid(y, month, m[1] ? Number(m[1]) : asEnd ? lastDay(y, month) : 1);
  }
  m = /^(?:end of )?(autumn|spring|summer)(?: term)?(?: [12])? (\d{4})$/.exec(text);
  if (m) {
    const [first, last] = TERMS[m[1]!]!;
    const y = Number(m[2]);
    return asEnd ? valid(y, last, lastDay(y, last)) : valid(y, first, 1);
  }
  return null;
}

export type RangeReading = { start: Date; end: Date } | { unreadable: string };

/** Reads "start to end" ("September 2026 to July 2027", "1/9/26 – 20/12/26"). */
export function parseDateRange(input: string): RangeReading {
  const parts = input.split(/\s+(?:to|until|till|[-–—])\s+|\s*[–—]\s*/i).map((p) => p.replace(/^(?:from|start(?:s|ing)?:?|by)\s+/i, '').trim());
  if (parts.length !== 2) return { unreadable: input.trim() };
  const start = parseLooseDate(parts[0]!);
  const end = parseLooseDate(parts[1]!, true);
  if (!start) return { unreadable: parts[0]! };
  if (!end) return { unreadable: parts[1]! };
  return { start, end };
}
