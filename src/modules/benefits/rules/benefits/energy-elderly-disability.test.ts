import { describe, expect, it } from 'vitest';
import type { DisabilityKind } from '../types.js';
import {
  child,
  household,
  partner,
  person,
  summary,
  verdictOf,
  withIncome,
} from '../test-households.js';

const single = (income: number, o: object = {}) => household(withIncome([person()], income), o);

describe('kot_a (qualifies for ΕΕΕ)', () => {
  it.each([
    ['no income', single(0), 'eligible'],
    ['6-month income exactly 1,296 €', single(0, { incomeLast6Months: 1296 }), 'eligible'],
    ['1,297 €', single(0, { incomeLast6Months: 1297 }), 'not_eligible'],
    [
      'couple at 1,944 € (6 × 324)',
      household(withIncome([person(), partner()], 0), { incomeLast6Months: 1944 }),
      'eligible',
    ],
    [
      'couple at 1,945 €',
      household(withIncome([person(), partner()], 0), { incomeLast6Months: 1945 }),
      'not_eligible',
    ],
    ['income unknown', single(0, { incomeLast6Months: null }), 'cannot_tell'],
  ])('%s', (_name, input, expected) => {
    expect(summary('kot_a', input)).toBe(expected);
  });
});

describe('kot_b (9,000 € + 4,500 €/adult + 2,250 €/minor; +8,000 € disability; +15,000 € life support)', () => {
  it.each([
    ['one adult at 9,000 €', single(9000), 'eligible'],
    ['one adult at 9,001 €', single(9001), 'not_eligible'],
    [
      'two adults + 1 minor at 15,750 €',
      household(withIncome([person(), partner(), child(8)], 15750)),
      'eligible',
    ],
    [
      'two adults + 1 minor at 15,751 €',
      household(withIncome([person(), partner(), child(8)], 15751)),
      'not_eligible',
    ],
    [
      'single parent + 1 at 13,500 €',
      household(withIncome([person(), child(8)], 13500)),
      'eligible',
    ],
    [
      'disability ≥67%: 17,000 €',
      household(withIncome([person({ disabilityPercent: 67 })], 17000)),
      'eligible',
    ],
    [
      'disability ≥67%: 17,001 €',
      household(withIncome([person({ disabilityPercent: 67 })], 17001)),
      'not_eligible',
    ],
    ['life support: 24,000 €', single(24000, { lifeSupportDevice: true }), 'eligible'],
  ])('%s', (_name, input, expected) => {
    expect(summary('kot_b', input)).toBe(expected);
  });

  it('asks about disability only when the bonus would decide', () => {
    const between = verdictOf(
      'kot_b',
      household(withIncome([person({ disabilityPercent: null })], 12000)),
    );
    expect(between).toMatchObject({ status: 'cannot_tell', missing: ['disabilityPercentMax'] });
    const below = verdictOf(
      'kot_b',
      household(withIncome([person({ disabilityPercent: null })], 8000)),
    );
    expect(below.status).toBe('eligible');
    const above = verdictOf(
      'kot_b',
      household(withIncome([person({ disabilityPercent: null })], 17001)),
    );
    expect(above.status).toBe('not_eligible');
  });
});

describe('kot_c (recognised large families)', () => {
  it.each([
    ['large family', single(0, { largeFamily: true }), 'eligible'],
    ['not a large family', single(0, { largeFamily: false }), 'not_eligible'],
    ['not answered', single(0, { largeFamily: null }), 'cannot_tell'],
    [
      'large family with high income still qualifies',
      single(90000, { largeFamily: true }),
      'eligible',
    ],
    [
      'before the category existed (2023-06-01)',
      single(0, { largeFamily: true, asOf: '2023-06-01' }),
      'cannot_tell',
    ],
    [
      'large family, composition unknown',
      household(withIncome([person()], 0), { largeFamily: true, unknownComposition: ['children'] }),
      'eligible',
    ],
  ])('%s', (_name, input, expected) => {
    expect(summary('kot_c', input)).toBe(expected);
  });
});

describe('heating_allowance (16,000 / 24,000 / 29,000 € + per child; assets)', () => {
  it.each([
    ['single at 16,000 €', single(16000), 'eligible 100'],
    ['single at 16,001 €', single(16001), 'not_eligible'],
    ['married at 24,000 €', household(withIncome([person(), partner()], 24000)), 'eligible 100'],
    [
      'married + 2 children at 34,000 €',
      household(withIncome([person(), partner(), child(5), child(3)], 34000)),
      'eligible 100',
    ],
    [
      'married + 2 children at 34,001 €',
      household(withIncome([person(), partner(), child(5), child(3)], 34001)),
      'not_eligible',
    ],
    [
      'single parent + 1 at 29,000 €',
      household(withIncome([person(), child(5)], 29000)),
      'eligible 100',
    ],
    [
      'single parent + 1 at 29,001 €',
      household(withIncome([person(), child(5)], 29001)),
      'not_eligible',
    ],
    ['single, real estate 200,000 €', single(0, { realEstateValue: 200000 }), 'eligible 100'],
    ['single, real estate 200,001 €', single(0, { realEstateValue: 200001 }), 'not_eligible'],
  ])('%s', (_name, input, expected) => {
    expect(summary('heating_allowance', input)).toBe(expected);
  });
});

describe('uninsured_elderly (67+, uninsured, 15 years; pays the difference, nothing under 20 €)', () => {
  const elder = (o: object = {}) =>
    household([
      person({ age: 70, insuredForPension: false, monthlyPension: 0, residenceYears: 40, ...o }),
    ]);
  it.each([
    ['2026 amount 418.95 €', elder(), 'eligible 418.95'],
    ['2025 amount 409.13 €', { ...elder(), asOf: '2025-06-01' }, 'eligible 409.13'],
    ['exactly 67', elder({ age: 67 }), 'eligible 418.95'],
    ['66', elder({ age: 66 }), 'not_eligible'],
    [
      'a pension of 398.95 €: difference exactly 20 €',
      elder({ monthlyPension: 398.95 }),
      'eligible 20',
    ],
    [
      'a pension one cent higher: difference under 20 €',
      elder({ monthlyPension: 398.96 }),
      'not_eligible',
    ],
    ['a pension of 399.95 € (one euro over)', elder({ monthlyPension: 399.95 }), 'not_eligible'],
    ['insured for a pension', elder({ insuredForPension: true }), 'not_eligible'],
    ['15 years of residence', elder({ residenceYears: 15 }), 'eligible 418.95'],
    ['14 years of residence', elder({ residenceYears: 14 }), 'not_eligible'],
    ['before 2024 (no figures)', { ...elder(), asOf: '2023-06-01' }, 'cannot_tell'],
  ])('%s', (_name, input, expected) => {
    expect(summary('uninsured_elderly', input)).toBe(expected);
  });

  it('flags the 2026 amount as to verify', () => {
    expect(verdictOf('uninsured_elderly', elder()).toVerify).toBe(true);
    expect(verdictOf('uninsured_elderly', { ...elder(), asOf: '2025-06-01' }).toVerify).toBe(false);
  });
});

describe('ΟΠΕΚΑ disability benefits', () => {
  const with_ = (percent: number | null, kind: DisabilityKind | null) =>
    household([person({ disabilityPercent: percent, disabilityKind: kind })]);
  it.each([
    ['disability_severe', 67, 'other', 'eligible 338'],
    ['disability_severe', 66, 'other', 'not_eligible'],
    ['disability_severe', 90, 'deafness', 'not_eligible'],
    ['disability_severe', 79, 'intellectual_or_autism', 'eligible 338'],
    ['disability_severe', 80, 'intellectual_or_autism', 'not_eligible'],
    ['disability_severe', 70, null, 'cannot_tell'],
    ['disability_intellectual', 80, 'intellectual_or_autism', 'eligible 569'],
    ['disability_intellectual', 79, 'intellectual_or_autism', 'not_eligible'],
    ['disability_intellectual', 95, 'mobility', 'not_eligible'],
    ['disability_intellectual', null, null, 'cannot_tell'],
    ['disability_intellectual', 0, null, 'not_eligible'],
    ['disability_intellectual', 85, 'other', 'not_eligible'],
    ['disability_deafness', 67, 'deafness', 'eligible 391'],
    ['disability_deafness', 66, 'deafness', 'not_eligible'],
    ['disability_deafness', 80, 'mobility', 'not_eligible'],
    ['disability_deafness', 100, 'deafness', 'eligible 391'],
    ['disability_deafness', 67, null, 'cannot_tell'],
    ['disability_deafness', null, 'deafness', 'cannot_tell'],
    ['disability_mobility', 67, 'mobility', 'eligible 178'],
    ['disability_mobility', 66, 'mobility', 'not_eligible'],
    ['disability_mobility', 90, 'deafness', 'not_eligible'],
    ['disability_mobility', 80, 'mobility', 'eligible 178'],
    ['disability_mobility', 0, 'mobility', 'not_eligible'],
    ['disability_mobility', 67, null, 'cannot_tell'],
  ] as const)('%s: %s%% %s → %s', (code, percent, kind, expected) => {
    expect(summary(code, with_(percent, kind))).toBe(expected);
  });

  it('pays each member who qualifies', () => {
    const two = household([
      person({ disabilityPercent: 70, disabilityKind: 'deafness' }),
      child(8, { disabilityPercent: 75, disabilityKind: 'deafness' }),
    ]);
    expect(summary('disability_deafness', two)).toBe('eligible 782');
  });
});
