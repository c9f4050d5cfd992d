import { describe, expect, it } from 'vitest';
import { addPlan, createRegistry, expiredPlans, planNameSchema, purgeAfter, registrySchema, trashPlan } from '../../../../shared/plans/registry';

describe('the plans list', () => {
  it('trims names and refuses empty or over-long ones', () => {
    expect(planNameSchema.parse('  Shanghai   2027 ')).toBe('Shanghai 2027');
    expect(planNameSchema.safeParse('   ').error?.issues[0]?.message).toBe('plans.error.nameRequired');
    expect(planNameSchema.safeParse('x'.repeat(81)).error?.issues[0]?.message).toBe('plans.error.nameTooLong');
  });

  it('removes a trashed plan 30 days after deletion, not a moment before', () => {
    const now = new Date('2027-03-01T08:00:00Z');
    let registry = addPlan(createRegistry(now), { id: 'p-0123456789abcdef', name: 'B', now });
    const trashed = trashPlan(registry, 'p-0123456789abcdef', now);
    if (!trashed.ok) throw new Error(trashed.error);
    registry = trashed.registry;
    // 2027-03-01 08:00 + 30 days = 2027-03-31 08:00.
    expect(purgeAfter(registry.plans[1]!.deletedAt!).toISOString()).toBe('2027-03-31T08:00:00.000Z');
    expect(expiredPlans(registry, new Date('2027-03-31T07:59:59Z')).expired).toEqual([]);
    expect(expiredPlans(registry, new Date('2027-03-31T08:00:00Z')).expired.map((plan) => plan.id)).toEqual(['p-0123456789abcdef']);
  });

  it('refuses a list whose folders point anywhere but plans/<id>', () => {
    const registry = createRegistry(new Date());
    expect(registrySchema.safeParse(registry).success).toBe(true);
    const hostile = { ...registry, plans: [...registry.plans, { ...registry.plans[0]!, id: 'p-0123456789abcdef', folder: '../../home' }] };
    expect(registrySchema.safeParse(hostile).success).toBe(false);
    expect(registrySchema.safeParse({ ...registry, ['__proto__']: {} }).success).toBe(false);
  });
});
