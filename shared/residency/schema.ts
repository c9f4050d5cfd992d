import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';

/*
 * The person's own log of stays in China: one entry per stay, from the day of entry to the day of exit.
 * Absences are the gaps between stays. A stay still going on has no exit date. Planned stays (future
 * trips) are marked, so the counter can show the log alone or with the plans. Every message is an i18n key
 * (messages.ts).
 */
const v = (key: string) => ({ error: `residency.validation.${key}` });

const isoDate = z.string(v('date')).refine(isIsoDate, v('date'));

export const MAX_TRIPS = 500;
export const MAX_TRIP_NOTE = 200;

export const StaySchema = z
  .object(
    {
      id: z.string(v('id')).min(1, v('id')),
      entry: isoDate,
      /** null: still in China. */
      exit: isoDate.nullable(),
      isPlanned: z.boolean(v('boolean')),
      note: z.string(v('note')).max(MAX_TRIP_NOTE, v('noteTooLong')),
    },
    v('stay'),
  )
  .strict()
  .refine((stay) => stay.exit === null || stay.exit >= stay.entry, { ...v('exitBeforeEntry'), path: ['exit'] });
export type Stay = z.infer<typeof StaySchema>;

export const ResidencySectionSchema = z
  .object(
    {
      stays: z.array(StaySchema, v('stays')).max(MAX_TRIPS, v('tooMany')),
      /** When true and the log has a stay, the China tax models take residence from the log, not the chosen model. */
      isUsedForTax: z.boolean(v('boolean')),
    },
    v('section'),
  )
  .strict()
  .superRefine((section, ctx) => {
    const ids = new Set<string>();
    section.stays.forEach((stay, index) => {
      if (ids.has(stay.id)) ctx.addIssue({ code: 'custom', message: 'residency.validation.duplicateId', path: ['stays', index, 'id'] });
      ids.add(stay.id);
    });
    for (const issue of stayOverlapIssues(section.stays)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['stays', issue.index, 'entry'] });
    }
  });
export type ResidencySection = z.infer<typeof ResidencySectionSchema>;

export { createEmptyResidencySection } from './empty-section';

/**
 * Two stays in China at once cannot both be true. Leaving and coming back on the same day is allowed
 * (exit of one = entry of the next). Only the last stay may be open.
 */
export function stayOverlapIssues(stays: readonly Stay[]): { index: number; message: string }[] {
  const order = stays.map((stay, index) => ({ stay, index })).sort((a, b) => (a.stay.entry < b.stay.entry ? -1 : a.stay.entry > b.stay.entry ? 1 : 0));
  const issues: { index: number; message: string }[] = [];
  for (let i = 1; i < order.length; i += 1) {
    const previous = order[i - 1]!.stay;
    const current = order[i]!;
    if (previous.exit === null) issues.push({ index: current.index, message: 'residency.validation.afterOpenStay' });
    else if (current.stay.entry < previous.exit) issues.push({ index: current.index, message: 'residency.validation.overlap' });
  }
  return issues;
}
