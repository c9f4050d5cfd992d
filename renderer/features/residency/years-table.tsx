import { useTranslation } from 'react-i18next';
import type { ResidencyReport } from '../../../shared/residency/residency-report';

/** One row per calendar year: full days, the 183-day test, the longest absence and the six-year count. */
export function YearsTable({ report }: { report: ResidencyReport }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  const six = new Map((report.sixYear?.rows ?? []).map((row) => [row.year, row]));
  return (
    <table className="residency-years" data-testid="residency-years">
      <thead>
        <tr>
          <th>{t('residency.ui.years.year')}</th>
          <th className="num">{t('residency.ui.years.fullDays')}</th>
          <th>{t('residency.ui.years.test183')}</th>
          <th className="num">{t('residency.ui.years.longestAbsence')}</th>
          {report.sixYear ? <th>{t('residency.ui.years.sixYear')}</th> : null}
          {report.sixYear ? <th>{t('residency.ui.years.foreignIncome')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {report.years.map((year) => {
          const sixRow = six.get(year.year);
          return (
            <tr key={year.year} data-year={year.year} data-full-days={year.fullDays} data-resident={year.isResidentByDays}>
              <td>{year.year}</td>
              <td className="num">{n(year.fullDays)}</td>
              <td>{t(year.isResidentByDays ? 'residency.ui.years.met' : 'residency.ui.years.notMet')}</td>
              <td className="num">{n(year.longestAbsenceDays)}</td>
              {report.sixYear ? (
                <td data-streak={sixRow?.streak ?? ''}>
                  {!sixRow
                    ? t('residency.ui.years.notCounted')
                    : sixRow.reset
                      ? t(`residency.ui.years.reset.${sixRow.reset}`)
                      : t('residency.ui.years.streak', { count: Math.min(sixRow.streak, 6) })}
                </td>
              ) : null}
              {report.sixYear ? (
                <td>{sixRow ? t(sixRow.isForeignIncomeTaxable ? 'residency.ui.years.taxable' : 'residency.ui.years.exempt') : '–'}</td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
