/**
 * The contract of the benefits engine (OpenFisca/PolicyEngine style, in TypeScript): each benefit
 * is a pure rule over a typed household (`ScreeningInput`) on a date, reading every number from
 * dated parameters, and answering a `Verdict` that explains itself. Shared by the engine, the
 * catalog, staff screening, the public check and outreach: change it only with all of them.
 */

/** Codes of the benefits and programs the engine knows (catalog entries use the same codes). */
export const benefitCodes = [
  'eee', // Ελάχιστο Εγγυημένο Εισόδημα
  'child_benefit', // Επίδομα Παιδιού (Α21)
  'housing_benefit', // Επίδομα Στέγασης
  'birth_benefit', // Επίδομα Γέννησης
  'kot_a', // Κοινωνικό Οικιακό Τιμολόγιο Α
  'kot_b', // ΚΟΤ Β
  'kot_c', // ΚΟΤ Γ (πολύτεκνοι)
  'heating_allowance', // Επίδομα Θέρμανσης
  'uninsured_elderly', // Σύνταξη Ανασφάλιστων Υπερηλίκων
  'disability_severe', // Προνοιακό επίδομα βαριάς αναπηρίας (≥67%)
  'disability_intellectual', // νοητική υστέρηση / αυτισμός (≥80%)
  'disability_deafness', // κώφωση (≥67%)
  'disability_mobility', // επίδομα κίνησης
  'maternity_dypa', // ΔΥΠΑ ειδική παροχή προστασίας μητρότητας
  'social_grocery', // Κοινωνικό Παντοπωλείο (municipal; criteria in the Center's settings)
  'social_pharmacy', // Κοινωνικό Φαρμακείο (municipal)
  'help_at_home', // Βοήθεια στο Σπίτι (municipal)
  'kapi', // ΚΑΠΗ (municipal)
  'childcare_vouchers', // Vouchers ΠΣ/ΚΔΑΠ (ΕΕΤΑΑ; criteria configurable)
  'food_aid', // ΤΕΒΑ / επισιτιστική βοήθεια (criteria configurable)
] as const;
export type BenefitCode = (typeof benefitCodes)[number];

export type Localized = { el: string; en: string };

export type Relationship =
  | 'reference'
  | 'spouse'
  | 'partner'
  | 'child'
  | 'parent'
  | 'sibling'
  | 'grandchild'
  | 'other_relative'
  | 'other';

export type ResidenceStatus =
  | 'greek'
  | 'eu_eea_swiss'
  | 'refugee_or_stateless'
  | 'third_country_permanent'
  | 'third_country_other';

export type DisabilityKind =
  'mobility' | 'deafness' | 'blindness' | 'intellectual_or_autism' | 'paraplegia' | 'other';

/**
 * One person of the household. Every fact may be unknown (`null`): a rule that needs it answers
 * `cannot_tell` naming it, never guesses. Money is in euros per year unless the name says otherwise.
 */
export interface ScreeningMember {
  id: string;
  relationship: Relationship;
  age: number | null;
  gender: 'male' | 'female' | 'other' | null;
  disabilityPercent: number | null;
  disabilityKind: DisabilityKind | null;
  isStudent: boolean | null;
  employed: boolean | null;
  /** Yearly taxable income of this person (all types), €. */
  yearlyIncome: number | null;
  /** Monthly pension or benefit already received (uninsured elderly: paid only the difference). */
  monthlyPension: number | null;
  /** Insured for a pension in any fund (uninsured elderly needs "no"). */
  insuredForPension: boolean | null;
  residenceStatus: ResidenceStatus | null;
  /** Years of continuous legal residence in Greece. */
  residenceYears: number | null;
}

export interface ScreeningInput {
  /** The day the question is asked for (YYYY-MM-DD): picks the parameters in force. */
  asOf: string;
  members: ScreeningMember[];
  /** Household income of the last 6 months (ΕΕΕ), €. */
  incomeLast6Months: number | null;
  realEstateValue: number | null;
  deposits: number | null;
  vehiclesValue: number | null;
  /** Rent of the main residence per year, € (0 for owners and rent-free). */
  yearlyRent: number | null;
  /** A registered electronic lease (ΑΑΔΕ) — housing benefit. */
  hasElectronicLease: boolean | null;
  /** Lives in the Center's municipality — municipal programs. */
  residesInMunicipality: boolean | null;
  /** A member relies on a life-support device at home (ΚΟΤ Β bonus). */
  lifeSupportDevice: boolean | null;
  /** Recognised large family (πολύτεκνοι, ΚΟΤ Γ). */
  largeFamily: boolean | null;
  /** A child born in the last 3 months: its birth order among the mother's children (1, 2, 3…). */
  newbornOrder: number | null;
  /** The mother was employed or self-employed when she gave birth (ΔΥΠΑ maternity). */
  motherInsuredAtBirth: boolean | null;
  /**
   * Added by the rules engine: parts of the household not yet known (the public wizard has not
   * been told whether there is a partner, or how many children). `members` then lists only the
   * known people, and rules that depend on the composition answer `cannot_tell`. Absent = all known.
   */
  unknownComposition?: readonly ('partner' | 'children')[];
}

/** Where a number or a rule comes from. */
export interface LegalSource {
  title: string;
  url?: string;
}

/** A parameter value as a rule used it, for the explanation and the "to verify" flag. */
export interface ParameterUse {
  name: string;
  value: number | string | boolean | readonly number[];
  validFrom: string;
  source: LegalSource;
  /** false when domain/greece.md marks the figure unverified: staff see a "to verify" flag. */
  verified: boolean;
}

export interface Criterion {
  id: string;
  label: Localized;
  /** The household's value, formatted for people (e.g. "€ 5.400"), or null when unknown. */
  value: string | null;
  /** The limit it is compared with, formatted, or null for yes/no conditions. */
  limit: string | null;
  /** true met, false not met, null unknown (a fact is missing). */
  passed: boolean | null;
  source: LegalSource;
}

export type VerdictStatus = 'eligible' | 'not_eligible' | 'cannot_tell';

export interface Verdict {
  benefit: BenefitCode;
  status: VerdictStatus;
  /**
   * Only for `eligible`: the estimated amount. `{ value: 0 }` means "eligible for €0", which is a
   * different answer from `not_eligible`.
   */
  amount: { value: number; period: 'month' | 'year' | 'once'; note: Localized | null } | null;
  criteria: Criterion[];
  /** For `cannot_tell`: the facts (question ids, see questions.ts) still needed. */
  missing: string[];
  /** What would change the result, e.g. "with €1.200 less yearly income it would qualify". */
  whatWouldChange: Localized[];
  parametersUsed: ParameterUse[];
  /** Some parameter used is flagged "to verify": show the flag next to the verdict. */
  toVerify: boolean;
  legalBasis: LegalSource;
}

/** What a rule may read besides the input: parameters in force on `asOf`, recorded as used. */
export interface RuleContext {
  input: ScreeningInput;
  /** The parameter's value on input.asOf; throws ParameterNotInForce when none is in force. */
  param<T extends number | string | boolean | readonly number[]>(name: string): T;
  /** Parameters used so far by this rule (the engine collects them into the verdict). */
  readonly used: ParameterUse[];
}

export interface Rule {
  benefit: BenefitCode;
  legalBasis: LegalSource;
  evaluate(
    ctx: RuleContext,
  ): Omit<Verdict, 'benefit' | 'parametersUsed' | 'toVerify' | 'legalBasis'>;
}
