import { z } from 'zod';
import { BP_WHOLE } from '../money';
import { CLOSE_CALL_BP } from '../offers/close-call';

/**
 * What the person sets about the decision (saved in the plan as `decision`, optional: absent means the
 * defaults below). Messages are i18n keys (decision.validation.*).
 */
const bp = (key: string) =>
  z.number({ error: key }).int({ error: key }).min(0, { error: key }).max(BP_WHOLE, { error: key });

export const decisionSettingsSchema = z
  .object({
    /** Close call: leader and runner-up within this share of the larger total (200 = 2 %). */
    closeCallBp: bp('decision.validation.closeCallRange').optional(),
    /** Weight of money in the combined rank, percent 0..100; the criteria get the rest. */
    moneyWeightPercent: z
      .number({ error: 'decision.validation.weightRange' })
      .int({ error: 'decision.validation.weightRange' })
      .min(0, { error: 'decision.validation.weightRange' })
      .max(100, { error: 'decision.validation.weightRange' })
      .optional(),
    /** Show the risk-adjusted verdict (money at risk discounted) instead of the plain one. */
    isRiskAdjusted: z.boolean({ error: 'decision.validation.invalidChoice' }).optional(),
  })
  .strict();

export type DecisionSettings = z.infer<typeof decisionSettingsSchema>;

export const DEFAULT_MONEY_WEIGHT_PERCENT = 70;

export interface ResolvedDecisionSettings {
  closeCallBp: number;
  moneyWeightPercent: number;
  isRiskAdjusted: boolean;
}

export function resolveDecisionSettings(settings: DecisionSettings | undefined): ResolvedDecisionSettings {
  return {
    closeCallBp: settings?.closeCallBp ?? CLOSE_CALL_BP,
    moneyWeightPercent: settings?.moneyWeightPercent ?? DEFAULT_MONEY_WEIGHT_PERCENT,
    isRiskAdjusted: settings?.isRiskAdjusted ?? false,
  };
}
