import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateParams, formatMoment, formatPartialDate } from '../../shared/dates/format-date';

/** The interface language's date writers (shared/dates/format-date.ts), for components. */
export function useDates() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      locale,
      date: (iso: string) => formatDate(iso, locale),
      partial: (text: string) => formatPartialDate(text, locale),
      moment: (isoMoment: string) => formatMoment(isoMoment, locale),
      params: <T extends Record<string, unknown>>(params: T) => formatDateParams(params, locale),
    }),
    [locale],
  );
}
