import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/dates/format-date';
import { RATE_SCALE } from '../../../shared/money';
import { listNames } from './list-names';

export type DecisionFormat = ReturnType<typeof decisionFormatFor>;

// One set of formats per language: every card and column of the comparison asks for them (issue 16).
const formatsByLanguage = new Map<string, DecisionFormat>();

/** Percent from basis points (1360 -> 13.6 %), rates from millionths, names as a list, in the interface language. */
export function useDecisionFormat(): DecisionFormat {
  const { i18n } = useTranslation();
  const language = i18n.language;
  let format = formatsByLanguage.get(language);
  if (!format) {
    format = decisionFormatFor(language);
    formatsByLanguage.set(language, format);
  }
  return format;
}

function decisionFormatFor(language: string) {
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const score = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const rate = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  return {
    percentBp: (bp: number) => percent.format(bp / 10_000),
    hundredths: (value: number) => score.format(value / 100),
    rateMicros: (micros: number) => rate.format(micros / RATE_SCALE),
    /**
     * A threshold shown to 4 decimals, rounded towards the side where the statement stays true: "fewer than"
     * rounds down, "more than" rounds up.
     */
    thresholdMicros: (micros: number, side: 'below' | 'above') => {
      const step = RATE_SCALE / 10_000;
      const rounded = side === 'below' ? Math.floor(micros / step) * step : Math.ceil(micros / step) * step;
      return rate.format(rounded / RATE_SCALE);
    },
    names: (names: string[]) => listNames(list, names),
    /** An ISO date in the interface language, built at noon so no time zone moves it. */
    date: (iso: string) => formatDate(iso, language),
  };
}
