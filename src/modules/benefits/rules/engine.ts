import { AppError, type FieldError } from '../../../lib/app-error.js';
import type { RuleOutcome } from './assessment.js';
import { birthBenefitRule } from './benefits/birth_benefit.js';
import { childBenefitRule } from './benefits/child_benefit.js';
import { disabilityDeafnessRule } from './benefits/disability_deafness.js';
import { disabilityIntellectualRule } from './benefits/disability_intellectual.js';
import { disabilityMobilityRule } from './benefits/disability_mobility.js';
import { disabilitySevereRule } from './benefits/disability_severe.js';
import { eeeRule } from './benefits/eee.js';
import { heatingAllowanceRule } from './benefits/heating_allowance.js';
import { housingBenefitRule } from './benefits/housing_benefit.js';
import { kotARule } from './benefits/kot_a.js';
import { kotBRule } from './benefits/kot_b.js';
import { kotCRule } from './benefits/kot_c.js';
import { maternityDypaRule } from './benefits/maternity_dypa.js';
import { uninsuredElderlyRule } from './benefits/uninsured_elderly.js';
import { isIsoDate, ParameterNotInForce, type ParameterSet } from './parameters.js';
import type {
  BenefitCode,
  ParameterUse,
  Rule,
  RuleContext,
  ScreeningInput,
  Verdict,
} from './types.js';

/** The national benefits, in the order verdicts are listed. */
export const nationalRules: readonly Rule[] = [
  eeeRule,
  childBenefitRule,
  housingBenefitRule,
  birthBenefitRule,
  kotARule,
  kotBRule,
  kotCRule,
  heatingAllowanceRule,
  uninsuredElderlyRule,
  disabilitySevereRule,
  disabilityIntellectualRule,
  disabilityDeafnessRule,
  disabilityMobilityRule,
  maternityDypaRule,
];

export interface ScreenOptions {
  /** Active municipal programs of the Center (`municipalRule`); inactive ones are left out. */
  municipal?: readonly Rule[];
}

/** Every benefit for one household: pure, no clock, no I/O; `input.asOf` picks the figures. */
export function screen(
  input: ScreeningInput,
  parameters: ParameterSet,
  options: ScreenOptions = {},
): Verdict[] {
  validateScreeningInput(input);
  const inForce = parameters.inForce(input.asOf);
  const verdicts: Verdict[] = [];
  for (const rule of nationalRules) verdicts.push(evaluate(rule, input, parameters, inForce));
  for (const rule of options.municipal ?? [])
    verdicts.push(evaluate(rule, input, parameters, inForce));
  return verdicts;
}

/** One benefit; null when it is a municipal program the Center does not run. */
export function screenOne(
  code: BenefitCode,
  input: ScreeningInput,
  parameters: ParameterSet,
  options: ScreenOptions = {},
): Verdict | null {
  validateScreeningInput(input);
  const rule =
    nationalRules.find((r) => r.benefit === code) ??
    options.municipal?.find((r) => r.benefit === code);
  return rule ? evaluate(rule, input, parameters, parameters.inForce(input.asOf)) : null;
}

class EngineContext implements RuleContext {
  readonly used: ParameterUse[] = [];

  constructor(
    readonly input: ScreeningInput,
    private readonly parameters: ParameterSet,
    private readonly inForce: ReadonlyMap<string, ParameterUse>,
  ) {}

  param<T extends number | string | boolean | readonly number[]>(name: string): T {
    const use = this.inForce.get(name);
    if (!use) {
      // A name no file defines is a bug in a rule, not a gap in the figures.
      if (!this.parameters.definitions.has(name)) throw new Error(`unknown parameter ${name}`);
      throw new ParameterNotInForce(name, this.input.asOf);
    }
    if (!this.used.includes(use)) this.used.push(use);
    return use.value as T;
  }
}

function evaluate(
  rule: Rule,
  input: ScreeningInput,
  parameters: ParameterSet,
  inForce: ReadonlyMap<string, ParameterUse>,
): Verdict {
  const ctx = new EngineContext(input, parameters, inForce);
  let outcome: RuleOutcome;
  try {
    outcome = rule.evaluate(ctx);
  } catch (error) {
    if (!(error instanceof ParameterNotInForce)) throw error;
    outcome = noFiguresOutcome(rule, error);
  }
  let toVerify = false;
  for (const use of ctx.used) if (!use.verified) toVerify = true;
  return {
    benefit: rule.benefit,
    ...outcome,
    parametersUsed: ctx.used,
    toVerify,
    legalBasis: rule.legalBasis,
  };
}

/** A date outside every period of a figure: say so, never compute with another year's figure. */
function noFiguresOutcome(rule: Rule, error: ParameterNotInForce): RuleOutcome {
  return {
    status: 'cannot_tell',
    amount: null,
    criteria: [
      {
        id: 'parameters_in_force',
        label: {
          el: `Ισχύοντα ποσά και όρια (${error.parameter})`,
          en: `Figures in force (${error.parameter})`,
        },
        value: error.asOf,
        limit: null,
        passed: null,
        source: rule.legalBasis,
      },
    ],
    missing: [],
    whatWouldChange: [
      {
        el: `Δεν υπάρχουν καταχωρισμένα ποσά και όρια για τις ${error.asOf}: η εκτίμηση δεν είναι δυνατή για αυτή την ημερομηνία.`,
        en: `No figures are recorded for ${error.asOf}: the benefit cannot be estimated for that date.`,
      },
    ],
  };
}

const MAX_AGE = 120;
const moneyFields = [
  'incomeLast6Months',
  'realEstateValue',
  'deposits',
  'vehiclesValue',
  'yearlyRent',
] as const;

/**
 * Refuses input no household can have, so that no rule answers confidently about it: negative
 * money, impossible ages or percentages (400), or an impossible household (422).
 */
export function validateScreeningInput(input: ScreeningInput): void {
  const errors: FieldError[] = [];
  const check = (ok: boolean, field: string, rule: string, limit?: number) => {
    if (!ok)
      errors.push(limit === undefined ? { field, rule } : { field, rule, params: { limit } });
  };
  const nonNegative = (value: number | null, field: string) =>
    check(value === null || (Number.isFinite(value) && value >= 0), field, 'minimum', 0);
  check(isIsoDate(input.asOf), 'asOf', 'format');
  for (const field of moneyFields) nonNegative(input[field], field);
  check(
    input.newbornOrder === null ||
      (Number.isInteger(input.newbornOrder) && input.newbornOrder >= 0),
    'newbornOrder',
    'minimum',
    0,
  );
  input.members.forEach((m, i) => {
    const at = `members.${i}`;
    check(
      m.age === null || (Number.isInteger(m.age) && m.age >= 0 && m.age <= MAX_AGE),
      `${at}.age`,
      'maximum',
      MAX_AGE,
    );
    nonNegative(m.yearlyIncome, `${at}.yearlyIncome`);
    nonNegative(m.monthlyPension, `${at}.monthlyPension`);
    nonNegative(m.residenceYears, `${at}.residenceYears`);
    check(
      m.disabilityPercent === null || (m.disabilityPercent >= 0 && m.disabilityPercent <= 100),
      `${at}.disabilityPercent`,
      'maximum',
      100,
    );
  });
  if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
  if (!isPossibleHousehold(input)) throw new AppError('invalid_household');
}

function isPossibleHousehold(input: ScreeningInput): boolean {
  const members = input.members;
  if (members.length === 0) return false;
  let references = 0;
  let partners = 0;
  for (const m of members) {
    if (m.relationship === 'reference') references++;
    if (m.relationship === 'spouse' || m.relationship === 'partner') partners++;
    if (m.age !== null && m.residenceYears !== null && m.residenceYears > m.age) return false;
  }
  if (references > 1 || partners > 1) return false;
  const reference = members.find((m) => m.relationship === 'reference');
  if (reference?.age != null) {
    for (const m of members) {
      if (m.relationship === 'child' && m.age !== null && m.age >= reference.age) return false;
    }
  }
  return true;
}
