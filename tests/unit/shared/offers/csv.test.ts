import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../../shared/offers/csv';
import { comparisonCsv } from '../../../../shared/offers/comparison-csv';
import { compareOffers } from '../../../../shared/offers/compare-offers';
import { createDefaultComparisonSettings } from '../../../../shared/offers/schema';
import { OFFER_MESSAGES } from '../../../../shared/offers/messages';
import { USD_CNY, offerA, offerB } from './fixtures';

describe('RFC 4180 CSV', () => {
  it('quotes commas, quotes and line breaks, and ends records with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', null, 12.5]])).toBe('a,"b,c","say ""hi""","two\nlines",,12.5\r\n');
    expect(toCsv([['x'], ['y']])).toBe('x\r\ny\r\n');
  });
  it('defuses spreadsheet formulas in text but leaves negative numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField(-3)).toBe('-3');
  });
});

describe('comparison CSV', () => {
  it('writes one record per offer and year plus a horizon total, with translated headers', () => {
    const settings = { ...createDefaultComparisonSettings(), fx: { asOf: '2027-01-01', rates: [...USD_CNY] } };
    const a = { ...offerA(), role: 'Engineer' };
    const csv = comparisonCsv(compareOffers([a, offerB()], settings, 'USD'), (key) => OFFER_MESSAGES.en[key]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Company,Role,City,Currency,Year,Base salary,Bonus,Equity vested,Sign-on,Relocation,Allowances,Subsidies,Total,Home currency,Total in home currency');
    expect(lines[1]).toBe('Shanghai Tech,Engineer,Shanghai,CNY,1,900000.00,135000.00,300000.00,300000.00,0.00,180000.00,0.00,1815000.00,USD,255633.80');
    expect(lines[5]).toBe('Shanghai Tech,Engineer,Shanghai,CNY,Horizon total,3600000.00,540000.00,1200000.00,300000.00,0.00,720000.00,0.00,6360000.00,USD,895774.65');
    expect(lines[10]).toContain('Horizon total');
    expect(lines[10]).toMatch(/1279000\.00,USD,1279000\.00$/);
    expect(lines).toHaveLength(12); // header + 2 x 5 records + the empty string after the final CRLF
    const zh = comparisonCsv(compareOffers([offerA()], { ...settings, fx: { asOf: '2027-01-01', rates: [] } }, 'USD'), (key) => OFFER_MESSAGES['zh-CN'][key]);
    expect(zh.split('\r\n')[1]).toMatch(/,缺少汇率$/);
  });
});
