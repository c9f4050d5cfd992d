import { describe, expect, it } from 'vitest';
import { codeRuns, pieceRuns } from '../../../../renderer/components/unbroken-runs';

const kept = (runs: { text: string; isUnbroken: boolean }[]) => runs.filter((run) => run.isUnbroken).map((run) => run.text);
const joined = (runs: { text: string }[]) => runs.map((run) => run.text).join('');

describe('codeRuns', () => {
  it('keeps form codes whole in English and in Chinese, and the rest of the text as it was', () => {
    const english = 'Green-card holders: keep the card with a reentry permit, or give it up with Form I-407';
    expect(kept(codeRuns(english))).toEqual(['I-407']);
    expect(joined(codeRuns(english))).toBe(english);
    const chinese = '离境前30至14天申请离境完税证明（1040-C或2063表格）';
    expect(kept(codeRuns(chinese))).toEqual(['1040-C']);
    expect(joined(codeRuns(chinese))).toBe(chinese);
    expect(kept(codeRuns('持绿卡者：申请回美证保留绿卡，或以I-407表格放弃'))).toEqual(['I-407']);
  });

  it('keeps a standard number with its short capital prefix, but not a country before a form', () => {
    expect(kept(codeRuns('HSK 3.0 national standard GF 0025-2021'))).toEqual(['GF 0025-2021']);
    expect(kept(codeRuns('the US I-407 form'))).toEqual(['I-407']);
  });

  it('leaves hyphenated words without digits free to break', () => {
    expect(kept(codeRuns('a well-known Z-visa route, long-term'))).toEqual([]);
    expect(codeRuns('no codes here')).toEqual([{ text: 'no codes here', isUnbroken: false }]);
    expect(codeRuns('')).toEqual([{ text: '', isUnbroken: false }]);
  });
});

describe('pieceRuns', () => {
  it('keeps each date of a range whole and lets the line break between them', () => {
    const text = '根据你 2026年12月20日 至 2027年1月9日 的记录';
    const runs = pieceRuns(text, ['2026年12月20日', '2027年1月9日']);
    expect(kept(runs)).toEqual(['2026年12月20日', '2027年1月9日']);
    expect(joined(runs)).toBe(text);
  });

  it('finds a piece every time it occurs, the longer one where two start together', () => {
    const runs = pieceRuns('Jan 9, 2027 to Jan 9, 2027', ['Jan 9', 'Jan 9, 2027']);
    expect(kept(runs)).toEqual(['Jan 9, 2027', 'Jan 9, 2027']);
  });

  it('returns the text as one free run when no piece is in it', () => {
    expect(pieceRuns('no dates', ['Mar 10, 2027', ''])).toEqual([{ text: 'no dates', isUnbroken: false }]);
  });
});
