import { z } from 'zod';
import { msg } from '../message-key';

export const SG_RESIDENCY = ['by-days', 'resident', 'non-resident'] as const;

/** Singapore settings of one offer (SGD cents). Optional inside TaxSettings. */
export const SingaporeSettingsSchema = z.object({
  /** by-days: resident for the year when the days in Singapore reach 183. */
  residency: z.enum(SG_RESIDENCY, msg('tax.validation.invalidChoice')).default('by-days'),
  /** Days present or working in Singapore in the income year; null = a full year's employment (resident). */
  daysInSingapore: z
    .number(msg('tax.validation.notANumber'))
    .int(msg('tax.validation.sg.daysRange'))
    .min(0, msg('tax.validation.sg.daysRange'))
    .max(366, msg('tax.validation.sg.daysRange'))
    .nullable()
    .default(null),
  /** Reliefs beyond the automatic earned income relief (the total is capped at 80,000). */
  otherReliefsMinor: z
    .number(msg('tax.validation.notANumber'))
    .int(msg('tax.validation.wholeMinorUnits'))
    .min(0, msg('tax.validation.negativeAmount'))
    .max(8_000_000, msg('tax.validation.sg.reliefsTooHigh'))
    .default(0),
  /** Citizens and permanent residents pay CPF, which this model does not compute. */
  isCitizenOrPr: z.boolean(msg('tax.validation.invalidChoice')).default(false),
});
export type SingaporeSettings = z.infer<typeof SingaporeSettingsSchema>;
