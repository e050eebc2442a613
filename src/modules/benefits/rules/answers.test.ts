import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/app-error.js';
import { answersToInput, type Answers } from './answers.js';
import { screen } from './engine.js';
import { defaultParameterSet } from './parameters.js';
import { questionsStillNeeded } from './questions.js';

const asOf = '2026-01-15';
const questionsFor = (answers: Answers) =>
  questionsStillNeeded(screen(answersToInput(answers, asOf), defaultParameterSet())).map(
    (q) => q.id,
  );

describe('wizard answers', () => {
  it('asks fewer questions as answers arrive, starting with the household', () => {
    const first = questionsFor({});
    expect(first[0]).toBe('applicantAge');
    expect(first).toContain('hasPartner');
    const second = questionsFor({
      applicantAge: 35,
      hasPartner: true,
      partnerAge: 36,
      childrenAges: [8, 5],
    });
    expect(second.length).toBeLessThan(first.length);
    expect(second).not.toContain('hasPartner');
    const all: Answers = {
      applicantAge: 35,
      hasPartner: true,
      partnerAge: 36,
      childrenAges: [8, 5],
      childrenStudents: 0,
      residenceStatus: 'greek',
      residenceYears: 35,
      residesInMunicipality: true,
      householdYearlyIncome: 11000,
      incomeLast6Months: 5500,
      realEstateValue: 0,
      deposits: 500,
      vehiclesValue: 1000,
      yearlyRent: 4800,
      hasElectronicLease: true,
      disabilityPercentMax: 0,
      lifeSupportDevice: false,
      insuredForPension: true,
      monthlyPension: 0,
      largeFamily: false,
      newbornOrder: 0,
      motherInsuredAtBirth: false,
    };
    expect(questionsFor(all)).toEqual([]);
  });

  it('turns a family into members, with unknown composition when not yet told', () => {
    const input = answersToInput(
      { applicantAge: 45, childrenAges: [20, 16], childrenStudents: 1 },
      asOf,
    );
    expect(input.unknownComposition).toEqual(['partner']);
    expect(input.members.map((m) => [m.relationship, m.age, m.isStudent])).toEqual([
      ['reference', 45, null],
      ['child', 20, true],
      ['child', 16, true],
    ]);
  });

  it.each([
    [{ householdYearlyIncome: -1 }, 'body.answers.householdYearlyIncome'],
    [{ deposits: -0.5 }, 'body.answers.deposits'],
    [{ applicantAge: 130 }, 'body.answers.applicantAge'],
    [{ applicantAge: 30, childrenAges: [4, 25] }, 'body.answers.childrenAges.1'],
    [{ disabilityPercentMax: 120 }, 'body.answers.disabilityPercentMax'],
    [{ applicantAge: 30, residenceYears: 31 }, 'body.answers.residenceYears'],
    [{ childrenAges: [10], childrenStudents: 1 }, 'body.answers.childrenStudents'],
    [{ hasPartner: true, singleParent: true }, 'body.answers.singleParent'],
  ] as [Answers, string][])('refuses %o naming %s', (answers, field) => {
    try {
      answersToInput(answers, asOf);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('validation_failed');
      expect((error as AppError).field).toBe(field);
    }
  });
});
