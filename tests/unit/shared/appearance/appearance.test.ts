import { describe, expect, it } from 'vitest';
import { AppearanceSettingsSchema, appearanceOf, isThemeChoice, resolveTheme } from '../../../../shared/appearance';
import { createEmptyPlan, planDocumentSchema } from '../../../../shared/plan/plan-schema';

describe('theme choice', () => {
  it('"system" follows the system; light and dark override it either way', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('a plan without appearance settings follows the system', () => {
    const plan = createEmptyPlan();
    expect(plan.appearance).toBeUndefined();
    expect(appearanceOf(plan)).toEqual({ theme: 'system' });
    expect(appearanceOf(null)).toEqual({ theme: 'system' });
  });

  it('the plan stores the choice as an optional field and refuses anything else', () => {
    const plan = createEmptyPlan();
    expect(planDocumentSchema.safeParse(plan).success).toBe(true);
    expect(planDocumentSchema.parse({ ...plan, appearance: { theme: 'dark' } }).appearance).toEqual({ theme: 'dark' });
    const wrong = AppearanceSettingsSchema.safeParse({ theme: 'sepia' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe('appearance.validation.theme');
    expect(planDocumentSchema.safeParse({ ...plan, appearance: { theme: 'dark', extra: 1 } }).success).toBe(false);
    expect(isThemeChoice('light')).toBe(true);
    expect(isThemeChoice('Light')).toBe(false);
  });
});
