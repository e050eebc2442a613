import { describe, expect, it } from 'vitest';
import { buildHouseholdFacts, type MemberSource } from './eligibility-input.js';
import type { Relationship } from './households.vocabulary.js';

let next = 0;
function member(
  relationship: Relationship,
  birthDate: string | null,
  extra: Partial<MemberSource> = {},
): MemberSource {
  next += 1;
  return {
    memberId: `m${next}`,
    residentId: null,
    relationship,
    gender: null,
    birthDate,
    startDate: '2015-01-01',
    endDate: null,
    ...extra,
  };
}

const asOf = '2026-03-01';

describe('buildHouseholdFacts', () => {
  it.each([
    {
      name: 'couple with two minors',
      members: [
        member('reference', '1980-01-01'),
        member('spouse', '1982-01-01'),
        member('child', '2010-06-01'),
        member('child', '2015-06-01'),
      ],
      expected: { size: 4, adults: 2, minors: 2, dependentChildren: 2, singleParent: false },
    },
    {
      name: 'single parent: no spouse or partner, a dependent child',
      members: [member('reference', '1985-01-01'), member('child', '2012-01-01')],
      expected: { size: 2, adults: 1, minors: 1, dependentChildren: 1, singleParent: true },
    },
    {
      name: 'a child turns 18 on the day (no longer a minor, not dependent)',
      members: [member('reference', '1980-01-01'), member('child', '2008-03-01')],
      expected: { adults: 2, minors: 0, dependentChildren: 0, singleParent: false },
    },
    {
      name: 'a child turning 18 tomorrow is still a minor',
      members: [member('reference', '1980-01-01'), member('child', '2008-03-02')],
      expected: { adults: 1, minors: 1, dependentChildren: 1, singleParent: true },
    },
    {
      name: 'a student of 24 is dependent, one of 25 is not',
      members: [
        member('reference', '1970-01-01'),
        member('spouse', '1971-01-01'),
        member('child', '2001-03-02', { employmentStatus: 'student' }),
        member('child', '2001-03-01', { employmentStatus: 'student' }),
      ],
      expected: { adults: 4, dependentChildren: 1 },
    },
    {
      name: 'an adult child with disability 67% is dependent; 66% is not',
      members: [
        member('reference', '1960-01-01'),
        member('child', '1990-01-01', { disabilityPercent: 67 }),
        member('child', '1992-01-01', { disabilityPercent: 66 }),
      ],
      expected: { dependentChildren: 1, membersWithDisability67: 1, singleParent: true },
    },
    {
      name: 'members who left before asOf or join after it are not counted',
      members: [
        member('reference', '1980-01-01'),
        member('spouse', '1981-01-01', { endDate: '2026-03-01' }),
        member('child', '2020-01-01', { startDate: '2026-03-02' }),
      ],
      expected: { size: 1, dependentChildren: 0, singleParent: false },
    },
    {
      name: 'an unknown birth date counts in size but not as adult, minor or dependent',
      members: [member('reference', '1980-01-01'), member('child', null)],
      expected: { size: 2, adults: 1, minors: 0, dependentChildren: 0 },
    },
  ])('$name', ({ members, expected }) => {
    const facts = buildHouseholdFacts({ householdId: 'h', members, finances: null, asOf });
    expect(facts).toMatchObject(expected);
  });

  it('puts the reference person first and computes ages on asOf (29 February)', () => {
    const facts = buildHouseholdFacts({
      householdId: 'h',
      asOf: '2025-02-28',
      finances: null,
      members: [member('child', '2008-02-29'), member('reference', '1980-02-29')],
    });
    expect(facts.members.map((m) => [m.relationship, m.age])).toEqual([
      ['reference', 44],
      ['child', 16],
    ]);
  });

  it('sums incomes by type and member in cents, and reports what is missing', () => {
    const reference = member('reference', '1980-01-01');
    const child = member('child', null);
    const facts = buildHouseholdFacts({
      householdId: 'h',
      asOf,
      members: [reference, child],
      finances: {
        taxYear: 2025,
        realEstateValue: 90000,
        deposits: 4800.1,
        vehiclesValue: 0,
        rentPaid: 3600,
        incomes: [
          { memberId: reference.memberId, type: 'salary', amount: 0.1 },
          { memberId: reference.memberId, type: 'salary', amount: 0.2 },
          { memberId: child.memberId, type: 'benefits', amount: 840 },
        ],
      },
    });
    expect(facts.incomes.total).toBe(840.3);
    expect(facts.incomes.byType).toMatchObject({ salary: 0.3, benefits: 840, pension: 0 });
    expect(facts.incomes.byMember).toEqual([
      { memberId: reference.memberId, total: 0.3, byType: { salary: 0.3 } },
      { memberId: child.memberId, total: 840, byType: { benefits: 840 } },
    ]);
    expect(facts).toMatchObject({
      taxYear: 2025,
      assets: { realEstateValue: 90000, deposits: 4800.1, vehiclesValue: 0 },
      rentPaid: 3600,
      missing: [{ fact: 'birthDate', memberId: child.memberId }],
    });
  });

  it('says so when finances or the reference person are missing, instead of zeros alone', () => {
    const facts = buildHouseholdFacts({
      householdId: 'h',
      asOf,
      taxYear: 2025,
      finances: null,
      members: [member('spouse', '1980-01-01')],
    });
    expect(facts.missing).toEqual([
      { fact: 'referencePerson' },
      { fact: 'finances', taxYear: 2025 },
    ]);
    expect(facts.incomes.total).toBe(0);
    expect(facts.members[0]).toMatchObject({ disabilityPercent: null, employmentStatus: null });
  });
});
