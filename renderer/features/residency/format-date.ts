/** An ISO date in the person's language ("1 Dec 2026" / "2026年12月1日"); storage stays ISO. One formatter for the app. */
export { formatIsoDate as formatDate } from '../../app/history/format-date';
