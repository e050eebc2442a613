import type { RuleContext, ScreeningInput, ScreeningMember } from './types.js';

/**
 * Facts every rule derives from the members (adults, dependent children, single parent, total
 * income), computed once per input and shared by all the rules of a screening. Each derived fact
 * that depends on something unknown is `null`, with the question ids that would settle it.
 */
export interface HouseholdView {
  reference: ScreeningMember | undefined;
  hasPartner: boolean;
  /** Questions that settle who lives in the household and how old they are. */
  compositionMissing: readonly string[];
  size: number;
  adults: number;
  minors: number;
  /** Sum of members' yearly incomes; null when any is unknown. */
  totalIncome: number | null;
  /** Highest disability percentage; null when any member's is unknown and none reaches 67. */
  maxDisabilityPercent: number | null;
}

export const ADULT_AGE = 18;
const SEVERE_DISABILITY_PERCENT = 67;

const cache = new WeakMap<ScreeningInput, HouseholdView>();

export function householdOf(input: ScreeningInput): HouseholdView {
  let view = cache.get(input);
  if (!view) {
    view = deriveHousehold(input);
    cache.set(input, view);
  }
  return view;
}

/** The question that would give this member's age. */
export function ageQuestion(member: ScreeningMember): string {
  if (member.relationship === 'reference') return 'applicantAge';
  if (member.relationship === 'spouse' || member.relationship === 'partner') return 'partnerAge';
  if (member.relationship === 'child') return 'childrenAges';
  return 'householdMembers';
}

function deriveHousehold(input: ScreeningInput): HouseholdView {
  const members = input.members;
  const reference = members.find((m) => m.relationship === 'reference') ?? members[0];
  const hasPartner = members.some(
    (m) => m.relationship === 'spouse' || m.relationship === 'partner',
  );
  const missing = new Set<string>();
  for (const fact of input.unknownComposition ?? [])
    missing.add(fact === 'partner' ? 'hasPartner' : 'childrenAges');
  let adults = 0;
  let minors = 0;
  let totalIncome: number | null = 0;
  let maxDisability: number | null = 0;
  let disabilityUnknown = false;
  for (const member of members) {
    if (member.age === null) missing.add(ageQuestion(member));
    else if (member.age >= ADULT_AGE) adults++;
    else minors++;
    totalIncome =
      member.yearlyIncome === null || totalIncome === null
        ? null
        : totalIncome + member.yearlyIncome;
    if (member.disabilityPercent === null) disabilityUnknown = true;
    else maxDisability = Math.max(maxDisability ?? 0, member.disabilityPercent);
  }
  if (disabilityUnknown && (maxDisability ?? 0) < SEVERE_DISABILITY_PERCENT) maxDisability = null;

  return {
    reference,
    hasPartner,
    compositionMissing: [...missing],
    size: members.length,
    adults,
    minors,
    totalIncome: totalIncome === null ? null : Math.round(totalIncome * 100) / 100,
    maxDisabilityPercent: maxDisability,
  };
}

/** Dependent children and single parenthood, which need the child benefit's definitions. */
export interface Dependents {
  /** Children (relationship `child`) known to count as dependent. */
  children: readonly ScreeningMember[];
  /** false when some children (or the composition) are undecided: `children` may grow. */
  complete: boolean;
  /** Questions that would settle `children` (and the composition). */
  missing: readonly string[];
  /** Reference person with dependent children and no partner; null when unknown. */
  singleParent: boolean | null;
}

const dependentsCache = new WeakMap<ScreeningInput, Dependents>();

/**
 * Dependent child (εξαρτώμενο τέκνο, ν.4512/2018 art. 214): a minor; a student up to the
 * parameter's age; or a child with the parameter's disability percentage. The parameters are
 * read through `ctx`, so every verdict that counts children lists them.
 */
export function dependentsOf(ctx: RuleContext): Dependents {
  const studentMaxAge = ctx.param<number>('child_benefit.dependent.student_max_age');
  const disabilityPercent = ctx.param<number>('child_benefit.dependent.disability_percent');
  let result = dependentsCache.get(ctx.input);
  if (!result) {
    result = deriveDependents(ctx.input, studentMaxAge, disabilityPercent);
    dependentsCache.set(ctx.input, result);
  }
  return result;
}

function deriveDependents(
  input: ScreeningInput,
  studentMaxAge: number,
  disabilityPercent: number,
): Dependents {
  const household = householdOf(input);
  const missing = new Set<string>(household.compositionMissing);
  const children: ScreeningMember[] = [];
  let known = !missing.has('childrenAges');
  for (const member of input.members) {
    if (member.relationship !== 'child') continue;
    const dependent = isDependentChild(member, studentMaxAge, disabilityPercent);
    if (dependent === true) children.push(member);
    else if (dependent === null) {
      known = false;
      if (member.age === null) missing.add('childrenAges');
      else if (member.isStudent === null && member.age <= studentMaxAge)
        missing.add('childrenStudents');
      else missing.add('disabilityPercentMax');
    }
  }
  const partnerKnown = !missing.has('hasPartner');
  let singleParent: boolean | null = null;
  if (partnerKnown && household.hasPartner) singleParent = false;
  else if (partnerKnown && (children.length > 0 || known)) singleParent = children.length > 0;
  return { children, complete: known, missing: [...missing], singleParent };
}

function isDependentChild(
  member: ScreeningMember,
  studentMaxAge: number,
  disabilityPercent: number,
): boolean | null {
  if (member.age === null) return null;
  if (member.age < ADULT_AGE) return true;
  if ((member.disabilityPercent ?? 0) >= disabilityPercent) return true;
  if (member.age <= studentMaxAge) {
    if (member.isStudent === true) return true;
    if (member.isStudent === null) return null;
  }
  return member.disabilityPercent === null ? null : false;
}
