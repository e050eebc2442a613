import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screen } from './engine.js';
import { defaultParameterSet } from './parameters.js';
import { child, household, partner, person } from './test-households.js';
import type { BenefitCode, ScreeningInput, Verdict } from './types.js';

const parameters = defaultParameterSet();
const meansTested: BenefitCode[] = [
  'eee',
  'child_benefit',
  'housing_benefit',
  'birth_benefit',
  'heating_allowance',
  'kot_a',
  'kot_b',
];

/** Comparable value of a verdict: not eligible = -1, eligible = its amount (or 0). */
function worth(verdict: Verdict | undefined): number {
  if (!verdict || verdict.status !== 'eligible')
    return verdict?.status === 'cannot_tell' ? NaN : -1;
  return verdict.amount?.value ?? 0;
}

const householdArb = fc
  .record({
    hasPartner: fc.boolean(),
    childAges: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 5 }),
    income: fc.integer({ min: 0, max: 60000 }),
    income6: fc.integer({ min: 0, max: 5000 }),
    rent: fc.constantFrom(0, 3600),
    newbornOrder: fc.integer({ min: 0, max: 5 }),
    disability: fc.constantFrom(0, 50, 67, 80),
  })
  .map((h) => {
    const members = [
      person({ yearlyIncome: h.income, disabilityPercent: h.disability }),
      ...(h.hasPartner ? [partner()] : []),
      ...h.childAges.map((age) => child(age)),
    ];
    return household(members, {
      incomeLast6Months: h.income6,
      yearlyRent: h.rent,
      hasElectronicLease: true,
      newbornOrder: h.newbornOrder,
    });
  });

function withMoreIncome(
  input: ScreeningInput,
  extraYearly: number,
  extra6: number,
): ScreeningInput {
  return {
    ...input,
    incomeLast6Months: (input.incomeLast6Months ?? 0) + extra6,
    members: input.members.map((m, i) =>
      i === 0 ? { ...m, yearlyIncome: (m.yearlyIncome ?? 0) + extraYearly } : m,
    ),
  };
}

describe('properties of the rules', () => {
  it('a means-tested benefit never grows when income rises', () => {
    fc.assert(
      fc.property(
        householdArb,
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 2000 }),
        (input, extraYearly, extra6) => {
          const before = screen(input, parameters);
          const after = screen(withMoreIncome(input, extraYearly, extra6), parameters);
          for (const code of meansTested) {
            const a = worth(before.find((v) => v.benefit === code));
            const b = worth(after.find((v) => v.benefit === code));
            expect(b).toBeLessThanOrEqual(a);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an added eligible child never lowers the child benefit', () => {
    fc.assert(
      fc.property(householdArb, fc.integer({ min: 0, max: 17 }), (input, age) => {
        const before = worth(screen(input, parameters).find((v) => v.benefit === 'child_benefit'));
        const larger = { ...input, members: [...input.members, child(age)] };
        const after = worth(screen(larger, parameters).find((v) => v.benefit === 'child_benefit'));
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('amounts are in cents and never negative', () => {
    fc.assert(
      fc.property(householdArb, (input) => {
        for (const verdict of screen(input, parameters)) {
          if (verdict.amount === null) continue;
          expect(verdict.amount.value).toBeGreaterThanOrEqual(0);
          expect(Math.round(verdict.amount.value * 100) / 100).toBe(verdict.amount.value);
        }
      }),
      { numRuns: 200 },
    );
  });
});
