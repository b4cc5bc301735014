/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check
 * digit, as in 1234567-8. Old six-digit IDs take a leading zero; the VAT
 * number form FI12345678 is the same ID without the hyphen.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/**
 * The check digit for seven digits: the weighted sum's remainder modulo 11
 * gives 0 for 0 and 11 − r for 2…10; a remainder of 1 is never issued, so
 * such digits have no valid check digit (undefined).
 */
export function businessIdCheckDigit(digits: string): number | undefined {
  if (!/^\d{7}$/.test(digits)) return undefined;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const remainder = sum % 11;
  return remainder === 0 ? 0 : remainder === 1 ? undefined : 11 - remainder;
}

/** The seven digits and check digit of something written like a Y-tunnus. */
function parts(value: string): {digits: string; check: number} | undefined {
  const match = /^(?:FI)?(\d{6,7})-?(\d)$/i.exec(value.replace(/\s/g, ''));
  if (!match) return undefined;
  return {digits: match[1].padStart(7, '0'), check: Number(match[2])};
}

/** True when the text is written like a Y-tunnus (right or wrong). */
export const looksLikeFinnishBusinessId = (value: string): boolean => parts(value) !== undefined;

/** True for a Y-tunnus whose check digit is right. */
export function isValidFinnishBusinessId(value: string): boolean {
  const id = parts(value);
  return id !== undefined && businessIdCheckDigit(id.digits) === id.check;
}
