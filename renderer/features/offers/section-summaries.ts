import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { firstYearBase } from '../../../shared/offers/base-salary';
import { bonusForYear } from '../../../shared/offers/bonus';
import { allowanceForYear } from '../../../shared/offers/allowances';
import { grantFaceValue } from '../../../shared/offers/equity-value';
import type { Offer } from '../../../shared/offers/schema';
import { formatPercentInput } from '../../../shared/offers/input-parsers';
import { useDates } from '../../i18n/use-dates';
import { usePlanner } from '../../store';
import { useMoneyFormat } from './use-money-format';
import { regionName } from '../../i18n/region-name';

/** One line per editor section (by its id), shown next to the title so a closed section still says what it holds. */
export type SectionSummaries = Readonly<Record<string, string>>;

export const SectionSummaryContext = createContext<SectionSummaries>({});

export function useSectionSummary(id: string): string | undefined {
  return useContext(SectionSummaryContext)[id];
}

/** The summaries of one offer's sections, recomputed only when the offer, its tax model or the language changes. */
export function useSectionSummaries(offer: Offer): SectionSummaries {
  const { t, i18n } = useTranslation();
  const money = useMoneyFormat();
  const dates = useDates();
  const taxModel = usePlanner((s) => s.document?.taxByOffer[offer.id]?.model ?? null);
  return useMemo(() => {
    const c = offer.currency;
    const none = t('decision.editor.summary.none');
    const base = firstYearBase(offer.base);
    const signOn = offer.signOn.installments.reduce((sum, i) => sum + i.amountMinor, 0);
    const equity = offer.equity.reduce((sum, grant) => sum + grantFaceValue(grant), 0);
    const allowancesYear = offer.allowances.reduce((sum, a) => sum + allowanceForYear(a, 1), 0);
    const subsidies = offer.subsidies.reduce((sum, s) => sum + s.amountMinor, 0);
    const benefits = Object.values(offer.benefits).filter((note) => note.trim() !== '').length;
    const clawback = offer.signOn.clawback.kind === 'none' ? '' : t(`decision.editor.summary.clawback.${offer.signOn.clawback.kind}`, { month: offer.signOn.clawback.untilMonth });
    const place = [offer.role.trim(), [offer.city.trim(), regionName(offer.country.trim(), i18n.language)].filter(Boolean).join(t('text.placeSeparator'))].filter(Boolean);
    return {
      basics: [...place, t('decision.editor.summary.starts', { date: dates.date(offer.startDate) })].join(' · '),
      base:
        offer.base.kind === 'monthly'
          ? t('decision.editor.summary.baseMonthly', { amount: money(offer.base.amountMinor, c), months: offer.base.monthsPerYear, year: money(base, c) })
          : t('decision.editor.summary.baseAnnual', { year: money(base, c) }),
      bonus:
        bonusForYear(offer.bonus, base) === 0
          ? none
          : offer.bonus.kind === 'fixed'
          ? t('decision.editor.summary.bonusFixed', { amount: money(offer.bonus.fixedMinor, c) })
          : t('decision.editor.summary.bonusPercent', { percent: formatPercentInput(offer.bonus.targetBp), amount: money(bonusForYear(offer.bonus, base), c) }),
      signOn: offer.signOn.installments.length === 0 ? none : [t('decision.editor.summary.signOn', { amount: money(signOn, c), count: offer.signOn.installments.length }), clawback].filter(Boolean).join(' · '),
      relocation: offer.relocation.kind === 'none' ? none : t(`decision.editor.summary.relocation.${offer.relocation.kind}`, { amount: money(offer.relocation.amountMinor, c) }),
      equity: offer.equity.length === 0 ? none : t('decision.editor.summary.equity', { count: offer.equity.length, amount: money(equity, c) }),
      allowances: offer.allowances.length === 0 ? none : t('decision.editor.summary.allowances', { count: offer.allowances.length, amount: money(allowancesYear, c) }),
      tax: taxModel === null ? t('tax.ui.model.off') : t(`tax.label.model.${taxModel}`),
      subsidies: offer.subsidies.length === 0 ? none : t('decision.editor.summary.subsidies', { count: offer.subsidies.length, amount: money(subsidies, c) }),
      benefits: benefits === 0 ? none : t('decision.editor.summary.benefits', { count: benefits }),
    };
  }, [offer, taxModel, money, dates, t, i18n.language]);
}
