/** Kept for the history and residency imports: the one formatter lives in shared/dates/format-date.ts. */
export { formatDate as formatIsoDate, formatMoment } from '../../../shared/dates/format-date';
