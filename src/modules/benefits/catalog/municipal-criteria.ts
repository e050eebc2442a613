import type { BenefitCode } from '../rules/types.js';

/** The programs whose criteria each Center sets in its own regulation. */
export const municipalProgramCodes = [
  'social_grocery',
  'social_pharmacy',
  'help_at_home',
  'kapi',
  'childcare_vouchers',
  'food_aid',
] as const satisfies readonly BenefitCode[];
export type MunicipalProgramCode = (typeof municipalProgramCodes)[number];

export function isMunicipalProgram(code: string): code is MunicipalProgramCode {
  return (municipalProgramCodes as readonly string[]).includes(code);
}

/**
 * A Center's criteria for one program. Yearly household income must not exceed
 * `incomeLimitBase + incomeLimitPerDependant × (members − 1) (+ disabilityBonus when a member has a
 * disability ≥ 67%)`; `incomeLimitBase: null` means the program has no income test (the
 * engine's `rules/municipal.ts` reads it so).
 */
export interface MunicipalCriteria {
  incomeLimitBase: number | null;
  incomeLimitPerDependant: number;
  disabilityBonus: number;
  minAge: number | null;
  requiresResidence: boolean;
  active: boolean;
  /** 0 while the Center has not set its own criteria (the defaults below apply). */
  version: number;
}

/**
 * Examples for a Center to start from, NOT legal figures: each municipality sets its own in its
 * regulation. Social structures: 4,500–5,500 € single + 1,200–2,000 €/dependant + 3,000 € for a
 * disability ≥ 67% (docs/domain greece.md §2, S60–S62); help at home 65+ (S64); ΚΑΠΗ 60+, any
 * income (S66). Childcare voucher and food-aid limits are unverified (U): set them per call.
 */
export const defaultMunicipalCriteria: Record<MunicipalProgramCode, MunicipalCriteria> = {
  social_grocery: structure(),
  social_pharmacy: structure(),
  help_at_home: {
    incomeLimitBase: null,
    incomeLimitPerDependant: 0,
    disabilityBonus: 0,
    minAge: 65,
    requiresResidence: true,
    active: true,
    version: 0,
  },
  kapi: {
    incomeLimitBase: null,
    incomeLimitPerDependant: 0,
    disabilityBonus: 0,
    minAge: 60,
    requiresResidence: true,
    active: true,
    version: 0,
  },
  childcare_vouchers: {
    incomeLimitBase: 27_000,
    incomeLimitPerDependant: 3_000,
    disabilityBonus: 0,
    minAge: null,
    requiresResidence: false,
    active: true,
    version: 0,
  },
  food_aid: structure(),
};

function structure(): MunicipalCriteria {
  return {
    incomeLimitBase: 5_000,
    incomeLimitPerDependant: 1_500,
    disabilityBonus: 3_000,
    minAge: null,
    requiresResidence: true,
    active: true,
    version: 0,
  };
}
