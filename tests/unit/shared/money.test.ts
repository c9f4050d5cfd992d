import { describe, expect, it } from 'vitest';
import { applyBp, convertMinor, formatScaled, mulDivRound, parseMajorToMinor, parseScaled } from '../../../shared/money';

describe('money arithmetic', () => {
  it('rounds half away from zero exactly, even past 2^53', () => {
    expect(mulDivRound(5, 1, 2)).toBe(3);
    expect(mulDivRound(-5, 1, 2)).toBe(-3);
    expect(applyBp(100_000_000_000_000, 1_500)).toBe(15_000_000_000_000);
  });
  it('parses typed amounts into minor units and refuses junk', () => {
    expect(parseMajorToMinor('1,234.5', 'USD')).toBe(123_450);
    expect(parseMajorToMinor('900000', 'CNY')).toBe(90_000_000);
    expect(parseMajorToMinor('12.345', 'USD')).toBeNull();
    expect(parseMajorToMinor('1.5', 'JPY')).toBeNull();
    expect(parseMajorToMinor('abc', 'USD')).toBeNull();
    expect(parseScaled('7.10', 6)).toBe(7_100_000);
    expect(formatScaled(123_456, 2)).toBe('1234.56');
    expect(formatScaled(-5, 2)).toBe('-0.05');
  });
});

describe('currency conversion', () => {
  const rates = [{ base: 'USD', quote: 'CNY', rateMicros: 7_100_000 }] as const;
  it('converts both ways with one rounding at the end', () => {
    expect(convertMinor(636_000_000, 'CNY', 'USD', rates)).toEqual({ ok: true, amountMinor: 89_577_465 });
    expect(convertMinor(100, 'USD', 'CNY', rates)).toEqual({ ok: true, amountMinor: 710 });
  });
  it('reports a missing rate instead of inventing one', () => {
    expect(convertMinor(100, 'EUR', 'USD', rates)).toEqual({ ok: false, missing: { from: 'EUR', to: 'USD' } });
  });
  it('handles currencies with different minor digits and cross rates', () => {
    const r = [
      { base: 'USD', quote: 'JPY', rateMicros: 150_000_000 },
      { base: 'USD', quote: 'CNY', rateMicros: 7_000_000 },
    ] as const;
    expect(convertMinor(100, 'USD', 'JPY', r)).toEqual({ ok: true, amountMinor: 150 });
    expect(convertMinor(700, 'CNY', 'JPY', r)).toEqual({ ok: true, amountMinor: 150 });
  });
  it('moves the rate for what-if views', () => {
    expect(convertMinor(710, 'CNY', 'USD', [{ base: 'USD', quote: 'CNY', rateMicros: 7_100_000 }], 1_000)).toEqual({
      ok: true,
      amountMinor: 110,
    });
  });
});
