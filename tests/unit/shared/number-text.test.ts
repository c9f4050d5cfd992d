import { describe, expect, it } from 'vitest';
import { parseMajorToMinor, parseScaled } from '../../../shared/money';
import { parseRateInput } from '../../../shared/offers/input-parsers';
import { normalizeNumberText } from '../../../shared/text/number-text';

describe('numbers as people type them', () => {
  it('reads thousands separators only where they group thousands', () => {
    expect(normalizeNumberText('45,000')).toBe('45000');
    expect(normalizeNumberText('1,234,567.5')).toBe('1234567.5');
    expect(normalizeNumberText(' 45 000 ')).toBe('45000');
    expect(normalizeNumberText("1'000")).toBe('1000');
  });

  it('reads a comma before one or two digits as a decimal comma, never as thousands', () => {
    expect(normalizeNumberText('7,10')).toBe('7.10');
    expect(normalizeNumberText('45000,5')).toBe('45000.5');
    expect(parseRateInput('7,10')).toEqual({ ok: true, value: 7_100_000 });
    expect(parseMajorToMinor('45000,50', 'CNY')).toBe(4_500_050);
  });

  it('accepts full-width digits and punctuation from Chinese input methods', () => {
    expect(normalizeNumberText('１９９１')).toBe('1991');
    expect(normalizeNumberText('９００，０００')).toBe('900000');
    expect(normalizeNumberText('７．１')).toBe('7.1');
    expect(parseScaled('１２．５', 2)).toBe(1250);
  });

  it('leaves ambiguous commas alone, so they fail instead of meaning another number', () => {
    expect(normalizeNumberText('1,2,3')).toBe('1,2,3');
    expect(normalizeNumberText('1.234,56')).toBe('1.234,56');
    expect(parseScaled('1.234,56', 2)).toBeNull();
    expect(parseScaled('12,3456', 2)).toBeNull();
  });
});
