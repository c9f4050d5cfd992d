import { parseIsoDate } from '../../../shared/dates/iso-date';

/** An ISO date in the person's language: "1 Jul 2027" / "2027年7月1日". Storage stays ISO. */
export function formatDate(iso: string, language: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(language === 'zh-CN' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: language === 'zh-CN' ? 'long' : 'short', day: 'numeric' }).format(date);
}
