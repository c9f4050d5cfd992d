import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { daysBetween, todayIso } from '../../../shared/dates/iso-date';
import { moveFieldChecks } from '../../../shared/plan/profile-values';
import { parseOptionalDate, parseText } from '../../components/field-parsers';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useCountryOptions } from '../../components/country-options';
import { usePlanner } from '../../store';
import { DestinationSuggestion } from './destination-suggestion';

const fields = moveFieldChecks;
const formatOptionalText = (value: string | null) => value ?? '';
const identity = (value: string) => value;

export function MoveForm() {
  const { t, i18n } = useTranslation();
  const { move, updateMove } = usePlanner(useShallow((s) => ({ move: s.document!.move, updateMove: s.updateMove })));
  const countries = useCountryOptions(i18n.language);
  const daysToMove = move.targetMoveDate ? daysBetween(todayIso(), move.targetMoveDate) : null;
  return (
    <section className="card" aria-labelledby="move-title">
      <h2 id="move-title">{t('move.title')}</h2>
      {daysToMove !== null && daysToMove >= 0 ? (
        <p className="countdown" data-testid="move-countdown">
          {t('move.daysUntil', { count: daysToMove })}
        </p>
      ) : null}
      <div className="form-grid">
        <SelectField name="move.destinationCountry" label={t('move.destinationCountry')} value={move.destinationCountry} options={countries} isOptional onCommit={(destinationCountry) => updateMove({ destinationCountry })} />
        <TextField name="move.destinationCity" label={t('move.destinationCity')} value={move.destinationCity} format={identity} parse={parseText(fields.destinationCity)} onCommit={(destinationCity) => updateMove({ destinationCity })} />
        <TextField name="move.targetMoveDate" label={t('move.targetMoveDate')} isDate value={move.targetMoveDate} format={formatOptionalText} parse={parseOptionalDate(fields.targetMoveDate)} onCommit={(targetMoveDate) => updateMove({ targetMoveDate })} />
        <TextField name="move.targetStartDate" label={t('move.targetStartDate')} isDate value={move.targetStartDate} format={formatOptionalText} parse={parseOptionalDate(fields.targetStartDate)} onCommit={(targetStartDate) => updateMove({ targetStartDate })} />
      </div>
      <DestinationSuggestion />
      <TextField name="move.notes" label={t('move.notes')} multiline value={move.notes} format={identity} parse={parseText(fields.notes)} onCommit={(notes) => updateMove({ notes })} />
    </section>
  );
}
