import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSearchIndex, searchPlan, type SearchHit } from '../../../shared/search';
import { usePlanner } from '../../store';
import { revealHit } from './reveal-target';
import './search.css';
import { interfaceLanguageOf } from '../../i18n/interface-language';

const LIMIT = 50;
// One index for the page's life: it keeps each part of the plan's entries for as long as that part is unchanged.
const index = createSearchIndex();

function dayText(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(year, month - 1, day, 12));
}

/**
 * Search across the whole plan from Ctrl/Cmd+K or F: a modal dialog with a combobox and its list of results.
 * Arrows choose, Enter opens the result (the screen it lives on, the item opened, the focus on what matched),
 * Escape closes and gives the focus back to where it was.
 */
export function SearchDialog() {
  const { t, i18n } = useTranslation();
  const isOpen = usePlanner((s) => s.isSearchOpen);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    // The search field, not the first button: React's autoFocus ran while the dialog was still closed.
    if (isOpen) dialog.querySelector<HTMLInputElement>('input[name="search.query"]')?.focus();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog
      ref={dialogRef}
      className="search-dialog"
      data-search-dialog
      aria-labelledby="search-dialog-title"
      data-testid="search-dialog"
      onClose={() => {
        usePlanner.getState().setSearchOpen(false);
        // Closed without opening a result: back to where the person was, unless a shortcut pressed since
        // (the close event comes a task after Escape) has already put the focus somewhere.
        const focused = document.activeElement;
        const isFocusFree = !focused || focused === document.body || dialogRef.current?.contains(focused);
        if (isFocusFree && returnTo.current?.isConnected) returnTo.current.focus();
        returnTo.current = null;
      }}
    >
      {isOpen ? (
        <SearchBody
          locale={i18n.language}
          title={t('search.title')}
          onOpen={(hit) => {
            returnTo.current = null;
            dialogRef.current?.close();
            revealHit(hit);
          }}
          onClose={() => dialogRef.current?.close()}
        />
      ) : null}
    </dialog>
  );
}

interface SearchBodyProps {
  locale: string;
  title: string;
  onOpen(hit: SearchHit): void;
  onClose(): void;
}

function SearchBody({ locale, title, onOpen, onClose }: SearchBodyProps) {
  const { t } = useTranslation();
  const id = useId();
  const plan = usePlanner((s) => s.document);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  // Typing stays smooth on a large plan: results follow the deferred query, the index only the plan.
  const deferredQuery = useDeferredValue(query);
  const entries = useMemo(() => (plan ? index.entriesOf(plan, interfaceLanguageOf(locale)) : []), [plan, locale]);
  const hits = useMemo(() => searchPlan(entries, deferredQuery, LIMIT), [entries, deferredQuery]);
  const current = Math.min(active, Math.max(0, hits.length - 1));

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[current];
      if (hit) onOpen(hit);
    }
  };

  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-result-${index}`;
  const hasQuery = deferredQuery.trim() !== '';
  return (
    <div className="search-dialog__body">
      <div className="search-dialog__header">
        <h2 id="search-dialog-title">{title}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('search.close')}
        </button>
      </div>
      <input
        // Plain text: a search field's own Escape would clear it instead of closing the dialog.
        type="text"
        className="search-dialog__input"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? optionId(current) : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        name="search.query"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="muted small search-dialog__status" role="status" data-testid="search-status">
        {!hasQuery ? t('search.start') : hits.length === 0 ? t('search.empty', { query: deferredQuery.trim() }) : t('search.count', { count: hits.length })}
        {hits.length === LIMIT ? ` ${t('search.more', { count: LIMIT })}` : ''}
      </p>
      <ul id={listId} ref={listRef} role="listbox" aria-label={t('search.title')} className="search-dialog__results">
        {hits.map((hit, index) => {
          const { entry } = hit;
          const context = entry.kind === 'studyLog' || entry.kind === 'goal' ? dayText(entry.context, locale) : entry.context;
          return (
            <li
              key={entry.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              data-index={index}
              data-result-kind={entry.kind}
              className={index === current ? 'search-result search-result--active' : 'search-result'}
              // The input keeps the focus; a click chooses and opens.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => index !== current && setActive(index)}
              onClick={() => onOpen(hit)}
            >
              <span className="search-result__kind">{t(`search.kind.${entry.kind}`)}</span>
              <span className="search-result__title">{entry.title}</span>
              {context ? <span className="search-result__context muted">{context}</span> : null}
              {hit.snippet ? (
                <span className="search-result__snippet muted small">
                  {t('search.in', { field: t(`search.field.${hit.field}`), snippet: hit.snippet })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="muted small search-dialog__hint" aria-hidden="true">
        {t('search.hint')}
      </p>
    </div>
  );
}
