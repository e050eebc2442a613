import { describe, it, expect } from 'vitest';
import {
  checkAmka,
  amkaGender,
  isValidAfm,
  normalizeGreekPhone,
} from '../../src/lib/identifiers.js';
import { ageOn } from './dates.js';
import { GREEK_SURNAMES, feminineSurname } from './greek-names.js';
import { DEFAULT_AS_OF, generateHouseholds, generateHouseholdsForPeople } from './households.js';
import { MAROUSI_POSTCODES } from './marousi.js';
import type { GeneratedHousehold, GeneratedPerson } from './types.js';

const households = generateHouseholds(4000, 2026);
const people = households.flatMap((household) => household.members);
const age = (person: GeneratedPerson) => ageOn(person.birthDate, DEFAULT_AS_OF);
const yearsBetween = (older: GeneratedPerson, younger: GeneratedPerson) =>
  ageOn(older.birthDate, younger.birthDate);

describe('determinism', () => {
  it('gives identical data for the same seed and different data for another', () => {
    expect(generateHouseholds(200, 'demo')).toEqual(generateHouseholds(200, 'demo'));
    expect(generateHouseholds(200, 'demo')).not.toEqual(generateHouseholds(200, 'other'));
  });

  it('keeps the first households when more are asked for', () => {
    expect(generateHouseholds(500, 7).slice(0, 100)).toEqual(generateHouseholds(100, 7));
  });

  it('computes ages against the given as-of date, not today', () => {
    const later = generateHouseholds(50, 1, { asOf: '2036-01-01' });
    const earlier = generateHouseholds(50, 1);
    expect(later[0]?.members[0]?.birthDate).not.toBe(earlier[0]?.members[0]?.birthDate);
  });
});

describe('counts', () => {
  it.each([0, 1, 13, 500])('generateHouseholds(%i) gives that many households', (count) => {
    const generated = generateHouseholds(count, 1);
    expect(generated).toHaveLength(count);
    expect(generated.map((household) => household.id)).toEqual(
      Array.from({ length: count }, (_, i) => i + 1),
    );
  });

  it.each([1, 2, 6, 7, 999, 5000])(
    'generateHouseholdsForPeople(%i) holds exactly that many',
    (n) => {
      const generated = generateHouseholdsForPeople(n, 3);
      expect(generated.reduce((sum, household) => sum + household.members.length, 0)).toBe(n);
    },
  );

  it('has every composition, about 2–3 people per household, the head first', () => {
    const compositions = new Set(households.map((household) => household.composition));
    expect(compositions.size).toBe(6);
    expect(people.length / households.length).toBeGreaterThan(2);
    expect(people.length / households.length).toBeLessThan(3.2);
    for (const household of households) {
      expect(household.members.map((member) => member.memberIndex)).toEqual(
        household.members.map((_, i) => i),
      );
      expect(household.members[0]?.role).toBe('head');
    }
  });
});

describe('identifiers', () => {
  it('gives everyone a valid ΑΜΚΑ matching birth date and gender, never twice', () => {
    for (const person of people) {
      expect(checkAmka(person.amka, person.birthDate), person.amka).toEqual({ ok: true });
      expect(amkaGender(person.amka)).toBe(person.gender);
    }
    expect(new Set(people.map((person) => person.amka)).size).toBe(people.length);
  });

  it('gives adults, and only adults, a valid unique ΑΦΜ', () => {
    const afms = people.flatMap((person) => (person.afm === null ? [] : [person.afm]));
    for (const person of people) expect(person.afm !== null).toBe(age(person) >= 18);
    expect(afms.every(isValidAfm)).toBe(true);
    expect(new Set(afms).size).toBe(afms.length);
  });

  it('gives most adults a valid Greek mobile and no child a phone', () => {
    const adults = people.filter((person) => age(person) >= 18);
    const withPhone = adults.filter((person) => person.mobilePhone !== null);
    expect(withPhone.length / adults.length).toBeGreaterThan(0.7);
    for (const person of withPhone) {
      expect(normalizeGreekPhone(person.mobilePhone ?? '')).toEqual({
        e164: person.mobilePhone,
        kind: 'mobile',
      });
    }
    expect(people.some((person) => age(person) < 18 && person.mobilePhone !== null)).toBe(false);
  });

  it('writes unique lowercase Latin e-mails at reserved example domains', () => {
    const emails = people.flatMap((person) => (person.email === null ? [] : [person.email]));
    expect(emails.length).toBeGreaterThan(people.length * 0.1);
    for (const email of emails) {
      expect(email).toMatch(/^[a-z0-9._]+@example\.(com|net|org)$/);
    }
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('places every household at a Marousi postcode', () => {
    for (const { address } of households) {
      expect(MAROUSI_POSTCODES).toContain(address.postcode);
      expect(address.street.length).toBeGreaterThan(0);
      expect(address.number).toMatch(/^\d+[ΑΒ]?$/);
    }
  });
});

function parentsOf(household: GeneratedHousehold): GeneratedPerson[] {
  return household.members.filter((member) => member.role === 'head' || member.role === 'spouse');
}

describe('ages fit the roles', () => {
  it('makes children at least 16 years younger than the parents and at most 24', () => {
    for (const household of households) {
      for (const child of household.members.filter((member) => member.role === 'child')) {
        expect(age(child)).toBeLessThanOrEqual(24);
        for (const parent of parentsOf(household)) {
          expect(yearsBetween(parent, child)).toBeGreaterThanOrEqual(16);
        }
      }
    }
  });

  it("makes the head's parents at least 16 years older than the head", () => {
    for (const household of households) {
      const head = household.members[0];
      for (const parent of household.members.filter((member) => member.role === 'parent')) {
        expect(head && yearsBetween(parent, head)).toBeGreaterThanOrEqual(16);
        expect(age(parent)).toBeLessThanOrEqual(98);
      }
    }
  });

  it('keeps single elderly people at 67 or more and nobody born after the as-of date', () => {
    for (const household of households) {
      if (household.composition === 'single_elderly') {
        expect(age(household.members[0] as GeneratedPerson)).toBeGreaterThanOrEqual(67);
      }
    }
    expect(people.every((person) => person.birthDate <= DEFAULT_AS_OF)).toBe(true);
  });
});

describe('Greek names', () => {
  const masculine = new Set(GREEK_SURNAMES.map(([surname]) => surname));
  const feminine = new Set(GREEK_SURNAMES.map(([surname]) => feminineSurname(surname)));
  const greekHouseholds = households.filter(
    (household) => household.members[0]?.nationality === 'GR',
  );

  it('gives Greek women feminine surname forms and men masculine ones', () => {
    for (const person of greekHouseholds.flatMap((household) => household.members)) {
      const forms = person.gender === 'female' ? feminine : masculine;
      expect(forms.has(person.surname), person.surname).toBe(true);
      expect(forms.has(person.birthSurname), person.birthSurname).toBe(true);
    }
  });

  it("gives children the father's surname and his given name as father's name", () => {
    for (const household of greekHouseholds.filter(
      (h) => h.composition === 'couple_with_children',
    )) {
      const father = household.members.find((member) => member.role === 'head');
      for (const child of household.members.filter((member) => member.role === 'child')) {
        const expected =
          child.gender === 'male' ? father?.surname : feminineSurname(father?.surname ?? '');
        expect(child.surname).toBe(expected);
        expect(child.fatherName).toBe(father?.givenName);
      }
    }
  });

  it('lets some married women keep their birth surname', () => {
    const wives = greekHouseholds
      .flatMap((household) => household.members)
      .filter((person) => person.role === 'spouse' && person.gender === 'female');
    const kept = wives.filter((wife) => wife.surname === wife.birthSurname);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(wives.length / 2);
  });
});

describe('population mix', () => {
  it('is mostly Greek with Albanian, Ukrainian, Syrian, Afghan and Georgian residents', () => {
    const nationalities = new Set(people.map((person) => person.nationality));
    for (const code of ['GR', 'AL', 'UA', 'SY', 'AF', 'GE']) expect(nationalities).toContain(code);
    const greek = people.filter((person) => person.nationality === 'GR').length;
    expect(greek / people.length).toBeGreaterThan(0.75);
  });

  it('certifies a disability for roughly 6% of people', () => {
    const share =
      people.filter((person) => person.disabilityPercent !== null).length / people.length;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.09);
  });

  it('pays pensions to the retired, nothing negative, and salaries only to people 18+', () => {
    for (const person of people) {
      for (const income of person.incomes) expect(income.amount).toBeGreaterThanOrEqual(0);
      if (person.employmentStatus === 'retired') {
        expect(person.incomes.some((income) => income.type === 'pension')).toBe(true);
      }
      if (age(person) < 18) expect(person.incomes).toEqual([]);
    }
  });

  it('skews incomes low: the median earner makes less than the mean', () => {
    const salaries = people
      .flatMap((person) => person.incomes)
      .filter((income) => income.type === 'salary')
      .map((income) => income.amount)
      .sort((a, b) => a - b);
    const median = salaries[Math.floor(salaries.length / 2)] ?? 0;
    const mean = salaries.reduce((a, b) => a + b, 0) / salaries.length;
    expect(median).toBeLessThan(mean);
    expect(median).toBeLessThan(12_000);
  });

  it('charges rent to tenants only and keeps assets non-negative', () => {
    for (const household of households) {
      const { realEstateValue, deposits, vehiclesValue } = household.assets;
      expect(
        Math.min(realEstateValue, deposits, vehiclesValue, household.yearlyRentPaid),
      ).toBeGreaterThanOrEqual(0);
      expect(household.yearlyRentPaid > 0).toBe(household.tenure === 'tenant');
      if (household.tenure === 'owner') expect(realEstateValue).toBeGreaterThan(0);
    }
  });
});
