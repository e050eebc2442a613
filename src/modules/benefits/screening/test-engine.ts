import type { ParameterSet } from '../rules/parameters.js';
import type { BenefitCode, ScreeningInput, Verdict } from '../rules/types.js';
import type { RulesEngine } from './rules-engine.js';

/** A verdict with only what outreach reads filled in. */
export function testVerdict(
  benefit: BenefitCode,
  status: Verdict['status'],
  amount?: number,
): Verdict {
  return {
    benefit,
    status,
    amount: status === 'eligible' ? { value: amount ?? 0, period: 'month', note: null } : null,
    criteria: [],
    missing: [],
    whatWouldChange: [],
    parametersUsed: [],
    toVerify: false,
    legalBasis: { title: 'test' },
  };
}

/**
 * A small engine for tests of screening storage and outreach (the formulas are tested in rules/):
 * food aid for households of two or more, ΚΑΠΗ only under parameter version "v2".
 */
export function createTestEngine(version = 'v1'): RulesEngine & { version: string } {
  const engine = {
    version,
    parameterSets: () => [{ version: engine.version } as unknown as ParameterSet],
    inputFromFacts: (facts: { asOf: string; members: { memberId: string }[] }): ScreeningInput => ({
      asOf: facts.asOf,
      members: facts.members.map((m) => ({
        id: m.memberId,
        relationship: 'other',
        age: null,
        gender: null,
        disabilityPercent: null,
        disabilityKind: null,
        isStudent: null,
        employed: null,
        yearlyIncome: null,
        monthlyPension: null,
        insuredForPension: null,
        residenceStatus: null,
        residenceYears: null,
      })),
      incomeLast6Months: null,
      realEstateValue: null,
      deposits: null,
      vehiclesValue: null,
      yearlyRent: null,
      hasElectronicLease: null,
      residesInMunicipality: null,
      lifeSupportDevice: null,
      largeFamily: null,
      newbornOrder: null,
      motherInsuredAtBirth: null,
    }),
    screen: (input: ScreeningInput, _m: unknown, parameters?: ParameterSet): Verdict[] => {
      const v = parameters?.version ?? engine.version;
      return [
        testVerdict('food_aid', input.members.length >= 2 ? 'eligible' : 'not_eligible', 50),
        testVerdict('kapi', v === 'v2' ? 'eligible' : 'not_eligible', 0),
      ];
    },
    loadMunicipal: () => Promise.resolve({}),
  };
  return engine;
}
