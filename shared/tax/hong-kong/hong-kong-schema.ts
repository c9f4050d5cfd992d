import { z } from 'zod';
import { msg } from '../message-key';

export const HK_HOUSING_KINDS = ['none', 'flat', 'hotel-two-rooms', 'hotel-one-room'] as const;
export type HongKongHousingKind = (typeof HK_HOUSING_KINDS)[number];

const minor = z
  .number(msg('tax.validation.notANumber'))
  .int(msg('tax.validation.wholeMinorUnits'))
  .min(0, msg('tax.validation.negativeAmount'))
  .max(100_000_000_000_000, msg('tax.validation.amountTooLarge'));

/** Hong Kong settings of one offer (HKD cents). Optional inside TaxSettings; absent = single, MPF, no housing. */
export const HongKongSettingsSchema = z.object({
  /** Claims the married person's allowance (the spouse has no assessable income). */
  isMarried: z.boolean(msg('tax.validation.invalidChoice')).default(false),
  /** Pays mandatory MPF (most employees do; some exempt expatriates do not). */
  hasMpf: z.boolean(msg('tax.validation.invalidChoice')).default(true),
  /**
   * Housing the employer provides (or refunds under a controlled rent scheme): the offer's reimbursed housing
   * is then taxed at rental value, not its cost. 'none': reimbursed allowances are taxed in full.
   */
  housing: z.enum(HK_HOUSING_KINDS, msg('tax.validation.invalidChoice')).default('none'),
  /** Rent the employee pays the employer for that housing, a year. */
  rentPaidMinor: minor.default(0),
  /** Other deductions a year (self-education, donations, deductible voluntary contributions...). */
  otherDeductionsMinor: minor.default(0),
});
export type HongKongSettings = z.infer<typeof HongKongSettingsSchema>;
