import { describe, expect, it } from 'vitest';
import { moveSchema, profileSchema } from '../../../../shared/plan/profile-schema';
import { moveFieldChecks, profileFieldChecks, type FieldCheck } from '../../../../shared/plan/profile-values';

/**
 * The overview's fields are checked without zod (the first screen loads before the schemas); main and the
 * store check the same values with profileSchema and moveSchema. Both must give the same answer and the
 * same message for anything a field can hand them.
 */
type Outcome = { ok: true; value: unknown } | { ok: false; message: string | undefined };
const outcome = (check: FieldCheck<unknown>, value: unknown): Outcome => {
  const result = check.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, message: result.error.issues[0]?.message };
};

const texts = ['', ' ', 'Ada', '  padded  ', 'x'.repeat(100), 'x'.repeat(101), ` ${'y'.repeat(100)} `, '李'.repeat(100), '李'.repeat(101), '😀'.repeat(50), '😀'.repeat(51), '😀'.repeat(100), '😀'.repeat(101), `${'x'.repeat(99)}😀`, 'x'.repeat(5000), 'x'.repeat(5001)];
const numbers = [null, 0, 1, -1, 1899, 1900, 1985, 2015, 2016, 60, 61, 1.5, Number.NaN, 1e21, -1e21, Number.MAX_SAFE_INTEGER + 2];
const dates = [null, '2027-03-10', '2027-02-29', '2028-02-29', '2027-13-01', '27-03-10', '2027-3-10', '', 'soon'];

describe('zod-free field checks agree with the plan schema', () => {
  const cases: [string, FieldCheck<unknown>, FieldCheck<unknown>, readonly unknown[]][] = [
    ['profile.displayName', profileFieldChecks.displayName, profileSchema.shape.displayName, texts],
    ['profile.homeCity', profileFieldChecks.homeCity, profileSchema.shape.homeCity, texts],
    ['profile.birthYear', profileFieldChecks.birthYear, profileSchema.shape.birthYear, numbers],
    ['profile.yearsExperience', profileFieldChecks.yearsExperience, profileSchema.shape.yearsExperience, numbers],
    ['move.destinationCity', moveFieldChecks.destinationCity, moveSchema.shape.destinationCity, texts],
    ['move.targetMoveDate', moveFieldChecks.targetMoveDate, moveSchema.shape.targetMoveDate, dates],
    ['move.targetStartDate', moveFieldChecks.targetStartDate, moveSchema.shape.targetStartDate, dates],
    ['move.notes', moveFieldChecks.notes, moveSchema.shape.notes, texts],
  ];
  for (const [name, light, schema, values] of cases) {
    it(name, () => {
      for (const value of values) expect(outcome(light, value), `${name} ← ${JSON.stringify(value)}`).toEqual(outcome(schema, value));
    });
  }

  it('the checks refuse what they must (so the comparison above is not between two checks that accept anything)', () => {
    expect(outcome(profileFieldChecks.birthYear, 2016)).toEqual({ ok: false, message: 'validation.birthYearRange' });
    expect(outcome(profileFieldChecks.displayName, 'x'.repeat(101))).toEqual({ ok: false, message: 'validation.tooLong' });
    expect(outcome(moveFieldChecks.targetMoveDate, '2027-02-29')).toEqual({ ok: false, message: 'validation.date' });
    expect(outcome(moveFieldChecks.notes, '  kept  ')).toEqual({ ok: true, value: 'kept' });
  });
});
