// Check-digit tests for identifiers that must never be published.

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** DfE unique pupil number: check letter, then 12 characters weighted 2..13, sum modulo 23. */
export function isValidUpn(upn: string): boolean {
  if (!/^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$/.test(upn)) return false;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const ch = upn[i]!;
    const value = /\d/.test(ch) ? Number(ch) : UPN_LETTERS.indexOf(ch);
    sum += value * (i + 1);
  }
  return UPN_LETTERS[sum % 23] === upn[0];
}

/** NHS number: ten digits, the last a modulus 11 check on the first nine weighted 10..2. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
