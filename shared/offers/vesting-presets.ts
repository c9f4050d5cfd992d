/**
 * Vesting presets as yearly percentages in basis points. 33/33/34 is stored exactly as written so the
 * schedule sums to 100 % without a repeating third.
 */
export const VESTING_PRESETS = {
  '25-25-25-25': { yearlyBp: [2_500, 2_500, 2_500, 2_500], defaultCliffMonths: 12 },
  '5-15-40-40': { yearlyBp: [500, 1_500, 4_000, 4_000], defaultCliffMonths: 12 },
  '10-20-30-40': { yearlyBp: [1_000, 2_000, 3_000, 4_000], defaultCliffMonths: 12 },
  '33-33-34': { yearlyBp: [3_300, 3_300, 3_400], defaultCliffMonths: 12 },
} as const satisfies Record<string, { yearlyBp: readonly number[]; defaultCliffMonths: number }>;

export type VestingPresetId = keyof typeof VESTING_PRESETS;

export const VESTING_PRESET_IDS = Object.keys(VESTING_PRESETS) as VestingPresetId[];

export const VESTING_CHOICES = [...VESTING_PRESET_IDS, 'custom'] as const;

export type VestingChoice = VestingPresetId | 'custom';

export const VESTING_FREQUENCIES = ['yearly', 'quarterly', 'monthly'] as const;

export type VestingFrequency = (typeof VESTING_FREQUENCIES)[number];

/** The yearly percentages a schedule actually uses: the preset's, or the person's own for 'custom'. */
export function yearlyVestingBp(schedule: { preset: VestingChoice; customYearlyBp: readonly number[] }): readonly number[] {
  return schedule.preset === 'custom' ? schedule.customYearlyBp : VESTING_PRESETS[schedule.preset].yearlyBp;
}
