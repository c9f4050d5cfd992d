import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { daysLeftMessage } from '../../../shared/checklists/deadline-text';
import { missingAnchorMessageKey } from '../../../shared/checklists/due-dates';
import { joinNames, textIn } from '../../../shared/checklists/localized-text';
import { categoryLabelKey, statusLabelKey, validityMessageKey, VERIFY_WITH_OFFICIAL_SOURCE_KEY } from '../../../shared/checklists/message-keys';
import { buildPrintableChecklist, type PrintScope } from '../../../shared/checklists/print-selection';
import { isOpenStatus } from '../../../shared/checklists/checklist-values';
import type { Checklist } from '../../../shared/checklists/schema';
import { isValidityProblem } from '../../../shared/checklists/validity';
import { useAnchorsChangedOn, usePlanAnchors, useToday } from './checklist-hooks';
import { useInterfaceLanguage } from '../../i18n/interface-language';
import { TemplateProvenance } from './template-provenance';
import { useDates } from '../../i18n/use-dates';
import { WithUnbrokenCodes } from '../../components/unbroken';

interface ChecklistPrintProps {
  checklist: Checklist;
  scope: PrintScope;
}

/**
 * The paper version: hidden on screen, the only thing shown when printing (see checklists.css). Memoised:
 * it draws again when its list or scope changes, not when the screen around it does.
 */
export const ChecklistPrint = memo(function ChecklistPrint({ checklist, scope }: ChecklistPrintProps) {
  const { t } = useTranslation();
  const anchors = usePlanAnchors();
  const today = useToday();
  const dates = useDates();
  const locale = useInterfaceLanguage();
  const anchorsChangedOn = useAnchorsChangedOn();
  const printable = buildPrintableChecklist(checklist, anchors, today, scope, anchorsChangedOn);
  return (
    <article className="checklist-print" data-testid="checklist-print">
      <header className="checklist-print__header">
        <h1>{textIn(printable.title, locale)}</h1>
        <p>
          {t('checklists.print.printedOn', { date: dates.date(printable.printedOn) })} · {t(scope === 'all' ? 'checklists.print.all' : 'checklists.print.open')}
          {printable.reviewedOn ? ` · ${t('checklists.ui.print.templateReviewed', { date: dates.date(printable.reviewedOn), count: printable.sources.length })}` : ''}
        </p>
      </header>
      {printable.notices.map((notice, index) => (
        <p key={index} className="checklist-print__notice">
          {textIn(notice.text, locale)}
          {notice.needsVerification ? t('text.aside', { text: t(VERIFY_WITH_OFFICIAL_SOURCE_KEY) }) : ''}
        </p>
      ))}
      {printable.rows.length === 0 ? <p>{t('checklists.ui.print.nothingOpen')}</p> : null}
      <table className="checklist-print__table">
        <thead>
          <tr>
            <th className="col-tick" aria-label={t('checklists.status.done')} />
            <th>{t('checklists.ui.print.item')}</th>
            <th className="col-due">{t('checklists.print.due')}</th>
            <th className="col-status">{t('checklists.ui.print.status')}</th>
          </tr>
        </thead>
        <tbody>
          {printable.rows.map(({ item, isTicked, deadline, validity, blockers }) => {
            const left = deadline.daysLeft;
            return (
              <tr key={item.id}>
                <td className="col-tick">
                  <span className={`tick${isTicked ? ' tick--done' : ''}`}>{isTicked ? '✓' : ''}</span>
                </td>
                <td>
                  <div className="print-item__title">
                    <WithUnbrokenCodes text={textIn(item.title, locale)} />
                  </div>
                  <div className="print-item__meta">
                    {t(categoryLabelKey(item.category))}
                    {item.needsVerification ? ` · ${t(VERIFY_WITH_OFFICIAL_SOURCE_KEY)}` : ''}
                    {blockers.length > 0 ? ` · ${t('checklists.blocked.by', { names: joinNames(blockers.map((b) => textIn(b.title, locale)), locale) })}` : ''}
                  </div>
                  {isValidityProblem(validity) ? (
                    <div className="print-item__warn">
                      {t(validityMessageKey(validity.kind), dates.params(validity.kind === 'expires-too-early' ? { ...validity, count: validity.daysShort } : { ...validity }))}
                    </div>
                  ) : null}
                  {item.notes ? (
                    <div className="print-item__notes">
                      {t('checklists.print.notes')}: {item.notes}
                    </div>
                  ) : null}
                </td>
                <td className="col-due">
                  {deadline.resolution.kind === 'date' ? (
                    <>
                      <div className="print-due__date">{dates.date(deadline.resolution.date)}</div>
                      {left !== null && isOpenStatus(item.status) ? <div className="print-due__left">{deadline.urgency === 'asap' ? t('checklists.daysLeft.asap') : t(daysLeftMessage(left).key, daysLeftMessage(left).params)}</div> : null}
                    </>
                  ) : deadline.resolution.kind === 'missing-anchor' ? (
                    <div className="print-due__missing">{t(missingAnchorMessageKey(deadline.resolution.anchor))}</div>
                  ) : (
                    <div className="print-due__none">—</div>
                  )}
                </td>
                <td className="col-status">{t(statusLabelKey(item.status))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {printable.sources.length > 0 || printable.reviewedOn ? (
        <footer className="checklist-print__footer">
          <TemplateProvenance sources={printable.sources} reviewedOn={printable.reviewedOn} version={printable.templateVersion} />
        </footer>
      ) : null}
    </article>
  );
});
