import { describe, expect, it } from 'vitest';
import { wrapChartLabel } from '../../../../renderer/components/chart-labels';

// At font size 10 a Latin character counts 6.2 units and a CJK one 10.
describe('wrapChartLabel', () => {
  it('keeps a label that fits on one line', () => {
    // "USD in CNY" is 10 characters = 62 units.
    expect(wrapChartLabel('USD in CNY', 62, 10)).toEqual(['USD in CNY']);
  });

  it('breaks at the last space that fits (the tornado label that was cut off on the left)', () => {
    // 36 characters = 223 units > 140; "Leaving Shenzhen Cloud" = 22 × 6.2 = 136.4 fits, "… in" = 155 does not.
    expect(wrapChartLabel('Leaving Shenzhen Cloud in month 1–48', 140, 10)).toEqual(['Leaving Shenzhen Cloud', 'in month 1–48']);
  });

  it('breaks between Chinese characters, where there are no spaces', () => {
    // 13 CJK characters = 130 units > 60: six on line one; line two's seven (70) are too many, so five and
    // "…" (50 + 6.2 = 56.2).
    expect(wrapChartLabel('在第一至四十八个月离开公司', 60, 10)).toEqual(['在第一至四十', '八个月离开…']);
  });

  it('ends a second line that is still too long in an ellipsis', () => {
    // Line two, "ccccccccccc" (68.2), is over 40: "ccccc" + "…" = 37.2 is the longest that fits.
    expect(wrapChartLabel('aaaaa ccccccccccc', 40, 10)).toEqual(['aaaaa', 'ccccc…']);
  });

  it('breaks inside one word wider than the room instead of letting it run past the edge', () => {
    // "Schifffahrtsgesellschaft" is 24 characters = 148.8 units > 62: ten (62) fit on line one; the other 14
    // (86.8) with " leaves" are too many for line two, so nine (55.8) and "…" (6.2): 62.
    expect(wrapChartLabel('Schifffahrtsgesellschaft leaves', 62, 10)).toEqual(['Schifffahr', 'tsgesells…']);
    // A word that fits once broken: "Abcdefghijkl" is 12 characters; ten on line one, "kl" on line two.
    expect(wrapChartLabel('Abcdefghijkl', 62, 10)).toEqual(['Abcdefghij', 'kl']);
  });
});
