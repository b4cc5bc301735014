import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {businessIdCheckDigit, isValidFinnishBusinessId, looksLikeFinnishBusinessId} from '../../src/document/finnish-business-id.js';

describe('Finnish business ID (Y-tunnus)', () => {
  it('accepts real IDs, in every way they are written', () => {
    // Nokia Oyj, and two from the seed notices.
    for (const id of ['0112038-9', '1563115-5', '2855354-7', 'FI01120389', 'fi 0112038 9', '112038-9'])
      expect(isValidFinnishBusinessId(id), id).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidFinnishBusinessId('0112038-8')).toBe(false);
    expect(isValidFinnishBusinessId('1563115-4')).toBe(false);
  });

  it('computes the check digit: weights 7,9,10,5,8,4,2; remainder 0 gives 0, 1 is never issued', () => {
    // 0112038: 0·7+1·9+1·10+2·5+0·8+3·4+8·2 = 57; 57 mod 11 = 2; 11 − 2 = 9.
    expect(businessIdCheckDigit('0112038')).toBe(9);
    // 1572860: 7+45+70+10+64+24+0 = 220; 220 mod 11 = 0.
    expect(businessIdCheckDigit('1572860')).toBe(0);
    // 0000002: 2·2 = 4 → 7.  0000006: 12 mod 11 = 1 → no valid ID.
    expect(businessIdCheckDigit('0000002')).toBe(7);
    expect(businessIdCheckDigit('0000006')).toBeUndefined();
    expect(isValidFinnishBusinessId('0000006-0')).toBe(false);
    expect(isValidFinnishBusinessId('0000006-1')).toBe(false);
  });

  it('accepts exactly one check digit for every number that has one', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 9_999_999}), (n) => {
        const digits = String(n).padStart(7, '0');
        const valid = Array.from({length: 10}, (_, d) => d).filter((d) => isValidFinnishBusinessId(`${digits}-${d}`));
        const expected = businessIdCheckDigit(digits);
        expect(valid).toEqual(expected === undefined ? [] : [expected]);
      }),
      {numRuns: 500}
    );
  });

  it('tells Y-tunnus-like text from other business IDs', () => {
    expect(looksLikeFinnishBusinessId('1234567-8')).toBe(true);
    expect(looksLikeFinnishBusinessId('FI12345678')).toBe(true);
    expect(looksLikeFinnishBusinessId('HRB 12345')).toBe(false);
    expect(looksLikeFinnishBusinessId('556036-0793')).toBe(false); // a Swedish organisationsnummer
    expect(looksLikeFinnishBusinessId('112038-9')).toBe(true); // six digits: an old ID, leading zero dropped
    expect(looksLikeFinnishBusinessId('12345678-9')).toBe(false);
    expect(businessIdCheckDigit('123')).toBeUndefined();
  });
});
