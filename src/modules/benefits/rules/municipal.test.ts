import { describe, expect, it } from 'vitest';
import { screen } from './engine.js';
import { municipalRule, municipalRules, type MunicipalCriteria } from './municipal.js';
import { defaultParameterSet } from './parameters.js';
import { child, household, partner, person, withIncome } from './test-households.js';
import type { ScreeningInput } from './types.js';

const grocery: MunicipalCriteria = {
  incomeLimitBase: 5000,
  incomeLimitPerDependant: 1500,
  disabilityBonus: 3000,
  minAge: null,
  requiresResidence: true,
  active: true,
};
const kapi: MunicipalCriteria = { ...grocery, incomeLimitBase: null, minAge: 60 };

function status(
  criteria: MunicipalCriteria,
  input: ScreeningInput,
  code: 'social_grocery' | 'kapi' = 'social_grocery',
) {
  const rule = municipalRule(code, criteria);
  if (!rule) return 'not produced';
  const verdict = screen(input, defaultParameterSet(), { municipal: [rule] }).at(-1)!;
  return verdict.status;
}

describe('municipal programs (criteria from the Center settings)', () => {
  it.each([
    ['one person at 5,000 €', household(withIncome([person()], 5000)), 'eligible'],
    ['one person at 5,001 €', household(withIncome([person()], 5001)), 'not_eligible'],
    [
      'couple + child at 8,000 € (5,000 + 2 × 1,500)',
      household(withIncome([person(), partner(), child(4)], 8000)),
      'eligible',
    ],
    [
      'couple + child at 8,001 €',
      household(withIncome([person(), partner(), child(4)], 8001)),
      'not_eligible',
    ],
    [
      'disability bonus: 8,000 €',
      household(withIncome([person({ disabilityPercent: 70 })], 8000)),
      'eligible',
    ],
    [
      'disability bonus: 8,001 €',
      household(withIncome([person({ disabilityPercent: 70 })], 8001)),
      'not_eligible',
    ],
    [
      'not resident',
      household(withIncome([person()], 0), { residesInMunicipality: false }),
      'not_eligible',
    ],
    [
      'residence unknown',
      household(withIncome([person()], 0), { residesInMunicipality: null }),
      'cannot_tell',
    ],
  ])('social grocery: %s', (_name, input, expected) => {
    expect(status(grocery, input)).toBe(expected);
  });

  it('KAPI: age 60 passes, 59 does not, any income', () => {
    expect(status(kapi, household(withIncome([person({ age: 60 })], 90000)), 'kapi')).toBe(
      'eligible',
    );
    expect(status(kapi, household(withIncome([person({ age: 59 })], 0)), 'kapi')).toBe(
      'not_eligible',
    );
  });

  it('an inactive program produces no verdict', () => {
    expect(municipalRule('social_pharmacy', { ...grocery, active: false })).toBeNull();
    expect(
      municipalRules({ social_grocery: grocery, kapi: { ...kapi, active: false } }).map(
        (r) => r.benefit,
      ),
    ).toEqual(['social_grocery']);
  });
});
