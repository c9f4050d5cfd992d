import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CurrencyCode } from '../../../shared/money';
import { getIn, setIn, type EditPath } from '../../../shared/offers/edit-path';
import {
  groupMoneyInput,
  formatPercentInput,
  parseMoneyInput,
  parsePercentInput,
  parseWholeInput,
  type InputResult,
} from '../../../shared/offers/input-parsers';
import { applyOfferEdit, validateOfferEdit } from '../../../shared/offers/validate-edit';
import type { Offer } from '../../../shared/offers/schema';
import { describedByIds, FieldFeedback } from '../../components/field-feedback';
import { TextField } from '../../components/text-field';
import { usePlanner } from '../../store';

/** The input's name: "offer." plus the path, e.g. offer.equity.0.vesting.cliffMonths (stable for tests). */
export const offerFieldName = (path: EditPath) => `offer.${path.join('.')}`;

interface OfferFieldProps<T> {
  offer: Offer;
  path: EditPath;
  label: string;
  format: (value: T) => string;
  /** Text to value; the value is then checked against the whole offer before it is saved. */
  parse: (text: string) => InputResult<T>;
  hint?: string;
  placeholder?: string;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal';
  isReformattedOnBlur?: boolean;
  isDate?: boolean;
}

/**
 * A TextField bound to one place in an offer. Every keystroke is checked with the offer schema on the whole
 * candidate offer, so cross-field rules show at this field and nothing invalid reaches the document.
 */
export function OfferField<T>({ offer, path, label, format, parse, hint, placeholder, multiline, inputMode, isReformattedOnBlur, isDate }: OfferFieldProps<T>) {
  const updateOffer = usePlanner((s) => s.updateOffer);
  // The value is read from the offer by path; the field's format/parse give it its type.
  const value = getIn(offer, path) as T;
  return (
    <TextField<T>
      name={offerFieldName(path)}
      label={label}
      value={value}
      format={format}
      hint={hint}
      placeholder={placeholder}
      multiline={multiline}
      inputMode={inputMode}
      isReformattedOnBlur={isReformattedOnBlur}
      isDate={isDate}
      parse={(text) => {
        const parsed = parse(text);
        if (!parsed.ok) return parsed;
        const checked = validateOfferEdit(offer, path, parsed.value);
        return checked.ok ? parsed : checked;
      }}
      onCommit={(next) => updateOffer(offer.id, (current) => validated(current, path, next))}
    />
  );
}

/**
 * Re-checks against the latest saved offer at commit time (the slice refuses anything invalid anyway). The
 * value is stored as typed, not as the schema's output, so trimming never fights the person's typing.
 */
function validated(current: Offer, path: EditPath, value: unknown): Offer {
  return applyOfferEdit(current, path, value) ?? current;
}

const identity = (value: string) => value;

export function OfferTextInput(props: { offer: Offer; path: EditPath; label: string; schema: z.ZodType<string>; multiline?: boolean; hint?: string; placeholder?: string; isDate?: boolean }) {
  const { schema, ...rest } = props;
  return (
    <OfferField<string>
      {...rest}
      format={identity}
      parse={(text) => {
        const result = schema.safeParse(text);
        return result.success ? { ok: true, value: text } : { ok: false, messageKey: result.error.issues[0]?.message ?? 'offers.validation.required' };
      }}
    />
  );
}

export function OfferMoneyInput(props: { offer: Offer; path: EditPath; label: string; hint?: string; currency?: CurrencyCode }) {
  const { t } = useTranslation();
  const currency = props.currency ?? props.offer.currency;
  return (
    <OfferField<number>
      offer={props.offer}
      path={props.path}
      label={`${props.label}${t('text.aside', { text: currency })}`}
      hint={props.hint}
      placeholder={t('offers.ui.amountPlaceholder')}
      inputMode="decimal"
      isReformattedOnBlur
      format={(value) => groupMoneyInput(value, currency)}
      parse={(text) => parseMoneyInput(text, currency)}
    />
  );
}

export function OfferPercentInput(props: { offer: Offer; path: EditPath; label: string; minBp: number; maxBp: number; hint?: string }) {
  return (
    <OfferField<number>
      offer={props.offer}
      path={props.path}
      label={`${props.label} (%)`}
      hint={props.hint}
      inputMode="decimal"
      format={formatPercentInput}
      parse={(text) => parsePercentInput(text, props.minBp, props.maxBp)}
    />
  );
}

export function OfferWholeInput<T extends number | null>(props: { offer: Offer; path: EditPath; label: string; schema: z.ZodType<T>; emptyValue?: number | null; hint?: string; placeholder?: string }) {
  return (
    <OfferField<T>
      offer={props.offer}
      path={props.path}
      label={props.label}
      hint={props.hint}
      placeholder={props.placeholder}
      inputMode="numeric"
      format={(value) => (value === null ? '' : String(value))}
      parse={parseWholeInput(props.schema, props.emptyValue ?? 0)}
    />
  );
}

interface OfferChoiceProps<T extends string> {
  offer: Offer;
  path: EditPath;
  label: string;
  options: readonly { value: T; label: string }[];
  /** Builds the edited offer for a choice (to adjust related fields); defaults to setting the value. */
  apply?: (offer: Offer, value: T) => Offer;
  hint?: string;
  /** A warning about the saved choice, shown under the field (data-field-warning, announced politely). */
  warning?: string | null;
}

/** A select bound to one place in an offer; a choice the offer schema refuses is shown at the field, not saved. */
export function OfferChoice<T extends string>({ offer, path, label, options, apply, hint, warning }: OfferChoiceProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const updateOffer = usePlanner((s) => s.updateOffer);
  const [messageKey, setMessageKey] = useState<string | null>(null);
  const name = offerFieldName(path);
  return (
    <div className={`field${messageKey ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={String(getIn(offer, path) ?? '')}
        aria-invalid={messageKey ? true : undefined}
        aria-describedby={describedByIds(id, Boolean(hint), Boolean(messageKey))}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (!chosen) return;
          const next = apply ? apply(offer, chosen.value) : setIn(offer, path, chosen.value);
          const checked = apply ? validateOfferEdit(next, [], next) : validateOfferEdit(offer, path, chosen.value);
          if (!checked.ok) {
            setMessageKey(checked.messageKey);
            return;
          }
          setMessageKey(null);
          updateOffer(offer.id, () => next);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldFeedback id={id} name={name} hint={hint} error={messageKey ? t(messageKey) : null} />
      {warning ? (
        <div className="offers-field-warning" role="status" data-field-warning={name}>
          ⚠ {warning}
        </div>
      ) : null}
    </div>
  );
}

export function OfferCheckbox({ offer, path, label }: { offer: Offer; path: EditPath; label: string }) {
  const updateOffer = usePlanner((s) => s.updateOffer);
  return (
    <label className="offers-checkbox">
      <input
        type="checkbox"
        name={offerFieldName(path)}
        checked={getIn(offer, path) === true}
        onChange={(event) => updateOffer(offer.id, (current) => validated(current, path, event.target.checked))}
      />
      {label}
    </label>
  );
}
