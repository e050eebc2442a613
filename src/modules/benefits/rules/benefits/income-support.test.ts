import { describe, expect, it } from 'vitest';
import {
  child,
  household,
  partner,
  person,
  summary,
  verdictOf,
  withIncome,
} from '../test-households.js';

const single = [person()];
const couple2 = withIncome([person(), partner(), child(10), child(7)], 0);

describe('eee (ΕΕΕ: 216 € + 108 € per adult + 54 € per minor, 6-month income ≤ 6× guarantee)', () => {
  it.each([
    ['one person, no income: the full guarantee', household(single), 'eligible 216'],
    [
      'one person exactly at 6 × 216 = 1,296 €: eligible for €0',
      household(single, { incomeLast6Months: 1296 }),
      'eligible 0',
    ],
    ['one person 1 € over', household(single, { incomeLast6Months: 1297 }), 'not_eligible'],
    [
      'one person 600 € in 6 months → 216 − 100',
      household(single, { incomeLast6Months: 600 }),
      'eligible 116',
    ],
    ['couple + 2 minors: 216 + 108 + 2×54 = 432', household(couple2), 'eligible 432'],
    ['couple + 2 minors at 2,592 €', household(couple2, { incomeLast6Months: 2592 }), 'eligible 0'],
    [
      'single parent: eldest minor counts as adult (324 €)',
      household([person(), child(5)]),
      'eligible 324',
    ],
    ['deposits exactly 4,800 €', household(single, { deposits: 4800 }), 'eligible 216'],
    ['deposits 4,801 €', household(single, { deposits: 4801 }), 'not_eligible'],
    ['vehicles 6,000 € / 6,001 €', household(single, { vehiclesValue: 6000 }), 'eligible 216'],
    ['vehicles 6,001 €', household(single, { vehiclesValue: 6001 }), 'not_eligible'],
    ['real estate 90,000 €', household(single, { realEstateValue: 90000 }), 'eligible 216'],
    ['real estate 90,001 €', household(single, { realEstateValue: 90001 }), 'not_eligible'],
  ])('%s', (_name, input, expected) => {
    expect(summary('eee', input)).toBe(expected);
  });

  it('names the missing income, but not missing assets once income is already over', () => {
    const unknown = verdictOf('eee', household(single, { incomeLast6Months: null }));
    expect(unknown).toMatchObject({ status: 'cannot_tell', missing: ['incomeLast6Months'] });
    const over = verdictOf('eee', household(single, { incomeLast6Months: 5000, deposits: null }));
    expect(over).toMatchObject({ status: 'not_eligible', missing: [] });
  });

  it('says the exact euros that would make a failing test pass, and flags unverified figures', () => {
    const v = verdictOf('eee', household(single, { incomeLast6Months: 1297 }));
    expect(v.whatWouldChange[0]?.en).toContain('€1 less');
    expect(v.toVerify).toBe(true);
    expect(v.parametersUsed.map((p) => p.name)).toContain('eee.guarantee.first_adult');
    const income = v.criteria.find((c) => c.id === 'income_6_months');
    expect(income).toMatchObject({ value: '€ 1.297', limit: '€ 1.296', passed: false });
  });
});

describe('child_benefit (Α21: equivalised income, categories Α/Β/Γ)', () => {
  const family = (income: number) =>
    household(withIncome([person(), partner(), child(10), child(7)], income));
  it.each([
    [
      'couple + 2 children, scale 2, income 12,000 € = category Α limit',
      family(12000),
      'eligible 140',
    ],
    ['one euro over category Α → category Β', family(12001), 'eligible 84'],
    ['at category Β limit (20,000 €)', family(20000), 'eligible 84'],
    ['at category Γ limit (30,000 €)', family(30000), 'eligible 56'],
    ['one euro over category Γ', family(30001), 'not_eligible'],
    [
      'three children: the 3rd at the higher rate (70 + 70 + 140)',
      household(withIncome([person(), partner(), child(12), child(9), child(3)], 0)),
      'eligible 280',
    ],
    [
      'single parent + 1 child, scale 1.5, at 9,000 €',
      household(withIncome([person(), child(4)], 9000)),
      'eligible 70',
    ],
    ['no children', household(withIncome([person(), partner()], 0)), 'not_eligible'],
    [
      'student of 22 counts, worker of 22 does not',
      household(withIncome([person(), partner(), child(22, { isStudent: false })], 0)),
      'not_eligible',
    ],
    [
      'third-country national without permanent residence',
      household(withIncome([person({ residenceStatus: 'third_country_other' }), child(3)], 0)),
      'not_eligible',
    ],
    [
      'residence 4 years (5 required)',
      household(withIncome([person({ residenceYears: 4 }), child(3)], 0)),
      'not_eligible',
    ],
  ])('%s', (_name, input, expected) => {
    expect(summary('child_benefit', input)).toBe(expected);
  });

  it('asks whether the 18–24 year-old studies when that decides', () => {
    const v = verdictOf(
      'child_benefit',
      household(withIncome([person(), child(20, { isStudent: null })], 0)),
    );
    expect(v).toMatchObject({ status: 'cannot_tell', missing: ['childrenStudents'] });
  });

  it('states the household income that would qualify in euros (equivalised gap × scale)', () => {
    const v = verdictOf('child_benefit', family(31200));
    expect(v.whatWouldChange[0]?.en).toContain('€1,200 less');
  });
});

describe('housing_benefit (70 € + 35 €/member, max 210 €; income by size)', () => {
  const tenant = { yearlyRent: 4800, hasElectronicLease: true };
  it.each([
    ['one person at 7,000 €', household(withIncome(single, 7000), tenant), 'eligible 70'],
    ['one person at 7,001 €', household(withIncome(single, 7001), tenant), 'not_eligible'],
    [
      'couple + 2 children at 17,500 €',
      household(withIncome([person(), partner(), child(9), child(4)], 17500), tenant),
      'eligible 175',
    ],
    [
      'six members capped at 210 €',
      household(
        withIncome([person(), partner(), child(9), child(8), child(6), child(4)], 0),
        tenant,
      ),
      'eligible 210',
    ],
    [
      'single parent: first minor 70 € (140 €)',
      household(withIncome([person(), child(6)], 0), tenant),
      'eligible 140',
    ],
    [
      'deposits equal to the income limit (7,000 €)',
      household(withIncome(single, 0), { ...tenant, deposits: 7000 }),
      'eligible 70',
    ],
    [
      'deposits 7,001 €',
      household(withIncome(single, 0), { ...tenant, deposits: 7001 }),
      'not_eligible',
    ],
    [
      'no electronic lease',
      household(withIncome(single, 0), { ...tenant, hasElectronicLease: false }),
      'not_eligible',
    ],
    ['owner (no rent)', household(withIncome(single, 0)), 'not_eligible'],
    [
      'real estate 120,000 € / 120,001 €',
      household(withIncome(single, 0), { ...tenant, realEstateValue: 120000 }),
      'eligible 70',
    ],
    [
      'real estate 120,001 €',
      household(withIncome(single, 0), { ...tenant, realEstateValue: 120001 }),
      'not_eligible',
    ],
  ])('%s', (_name, input, expected) => {
    expect(summary('housing_benefit', input)).toBe(expected);
  });
});

describe('birth_benefit (2,400/2,700/3,000/3,500 €; equivalised income ≤ 40,000 €)', () => {
  const newborn = (order: number, income: number) =>
    household(withIncome([person(), partner(), child(0)], income), { newbornOrder: order });
  it.each([
    ['first child', newborn(1, 0), 'eligible 2400'],
    ['second child', newborn(2, 0), 'eligible 2700'],
    ['third child', newborn(3, 0), 'eligible 3000'],
    ['fifth child: the 4th+ amount', newborn(5, 0), 'eligible 3500'],
    ['scale 1.75: exactly 70,000 €', newborn(1, 70000), 'eligible 2400'],
    ['70,001 €', newborn(1, 70001), 'not_eligible'],
    ['no birth', newborn(0, 0), 'not_eligible'],
    [
      'birth not answered',
      household(withIncome([person(), child(0)], 0), { newbornOrder: null }),
      'cannot_tell',
    ],
  ])('%s', (_name, input, expected) => {
    expect(summary('birth_benefit', input)).toBe(expected);
  });
});

describe('maternity_dypa (9 × minimum wage for insured mothers)', () => {
  const birth = (o: object) =>
    household([person({ gender: 'female' }), child(0)], {
      newbornOrder: 1,
      motherInsuredAtBirth: true,
      ...o,
    });
  it.each([
    ['insured mother, 2026: 9 × 880 €', birth({}), 'eligible 7920'],
    ['2024-06: 9 × 830 €', birth({ asOf: '2024-06-01' }), 'eligible 7470'],
    [
      'on 2025-04-01 the new wage applies (9 × 880)',
      birth({ asOf: '2025-04-01' }),
      'eligible 7920',
    ],
    ['the day before (9 × 830)', birth({ asOf: '2025-03-31' }), 'eligible 7470'],
    ['not insured', birth({ motherInsuredAtBirth: false }), 'not_eligible'],
    ['no birth', birth({ newbornOrder: 0 }), 'not_eligible'],
    ['insurance unknown', birth({ motherInsuredAtBirth: null }), 'cannot_tell'],
    ['before the benefit existed (2023-01-01)', birth({ asOf: '2023-01-01' }), 'cannot_tell'],
  ])('%s', (_name, input, expected) => {
    expect(summary('maternity_dypa', input)).toBe(expected);
  });
});
