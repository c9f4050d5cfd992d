import { describe, expect, it } from 'vitest';
import { usualPaperSize } from '../../../../shared/print/paper-size';

describe('the usual paper of the home country (CLDR measurement data)', () => {
  it('is Letter in the US, Canada, Mexico and the Philippines', () => {
    for (const country of ['US', 'CA', 'MX', 'PH', 'us']) expect(usualPaperSize(country), country).toBe('Letter');
  });

  it('is A4 in China, Hong Kong, Singapore, the UK and when no country is set', () => {
    for (const country of ['CN', 'HK', 'SG', 'GB', 'DE', null, undefined, '']) expect(usualPaperSize(country), String(country)).toBe('A4');
  });
});
