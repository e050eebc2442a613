import { Assessment } from './assessment.js';
import { householdOf } from './household.js';
import type { BenefitCode, LegalSource, ParameterUse, Rule } from './types.js';
import { need } from './benefits/common.js';

export const municipalCodes = [
  'social_grocery',
  'social_pharmacy',
  'help_at_home',
  'kapi',
  'childcare_vouchers',
  'food_aid',
] as const satisfies readonly BenefitCode[];
export type MunicipalCode = (typeof municipalCodes)[number];

/** A municipal program's criteria, from the Center's settings (set by the municipality's regulation). */
export interface MunicipalCriteria {
  /** Yearly household income limit for one person, €; null = no income test (e.g. ΚΑΠΗ). */
  incomeLimitBase: number | null;
  /** Added to the limit per member beyond the applicant, €. */
  incomeLimitPerDependant: number;
  /** Added to the limit when a member has a disability of 67% or more, €. */
  disabilityBonus: number;
  /** Minimum age of the applicant (reference person), or null. */
  minAge: number | null;
  requiresResidence: boolean;
  active: boolean;
  /** The settings' version, recorded with the verdict's parameters. */
  version?: number;
}

const SEVERE_DISABILITY_PERCENT = 67;

/**
 * The rule of a municipal program (Κοινωνικό Παντοπωλείο, Φαρμακείο, Βοήθεια στο Σπίτι, ΚΑΠΗ,
 * vouchers, ΤΕΒΑ) over the criteria its Center configured; null when the Center does not run it.
 * Services in kind: an eligible verdict carries no amount.
 */
export function municipalRule(code: MunicipalCode, criteria: MunicipalCriteria): Rule | null {
  if (!criteria.active) return null;
  const source: LegalSource = {
    title: `Κανονισμός λειτουργίας της δομής (ρυθμίσεις Κέντρου${criteria.version === undefined ? '' : `, έκδοση ${criteria.version}`})`,
  };
  const use = (name: string, value: number | boolean): ParameterUse => ({
    name: `${code}.${name}`,
    value,
    validFrom: '',
    source,
    verified: true,
  });
  return {
    benefit: code,
    legalBasis: source,
    evaluate(ctx) {
      const input = ctx.input;
      const household = householdOf(input);
      const a = new Assessment(ctx);
      if (criteria.requiresResidence) {
        ctx.used.push(use('requires_residence', true));
        a.condition(
          'residence',
          { el: 'Κάτοικος του Δήμου', en: 'Resident of the municipality' },
          input.residesInMunicipality,
          source,
          ['residesInMunicipality'],
        );
      }
      if (criteria.minAge !== null) {
        ctx.used.push(use('min_age', criteria.minAge));
        const reference = household.reference;
        a.atLeast(
          'age',
          { el: 'Ηλικία', en: 'Age' },
          reference?.age ?? null,
          criteria.minAge,
          source,
          ['applicantAge'],
        );
      }
      if (criteria.incomeLimitBase !== null) {
        ctx.used.push(
          use('income_limit_base', criteria.incomeLimitBase),
          use('income_limit_per_dependant', criteria.incomeLimitPerDependant),
          use('disability_bonus', criteria.disabilityBonus),
        );
        const disability =
          household.maxDisabilityPercent === null
            ? null
            : household.maxDisabilityPercent >= SEVERE_DISABILITY_PERCENT;
        const known = household.compositionMissing.length === 0;
        const base =
          criteria.incomeLimitBase + criteria.incomeLimitPerDependant * (household.size - 1);
        // An unknown disability matters only when it is the bonus that would decide.
        const income = household.totalIncome;
        const decidable =
          known &&
          (disability !== null ||
            criteria.disabilityBonus === 0 ||
            (income !== null && income <= base));
        a.moneyAtMost(
          'yearly_income',
          { el: 'Ετήσιο οικογενειακό εισόδημα', en: 'Yearly household income' },
          income,
          decidable ? base + (disability ? criteria.disabilityBonus : 0) : null,
          source,
          [
            ...need(income, 'householdYearlyIncome'),
            ...household.compositionMissing,
            ...(known && disability === null ? ['disabilityPercentMax'] : []),
          ],
          'yearly_income',
        );
      }
      return a.outcome(() => null);
    },
  };
}

/** The municipal rules of a Center's settings, leaving out inactive programs. */
export function municipalRules(
  settings: Partial<Record<MunicipalCode, MunicipalCriteria>>,
): Rule[] {
  const rules: Rule[] = [];
  for (const code of municipalCodes) {
    const criteria = settings[code];
    const rule = criteria ? municipalRule(code, criteria) : null;
    if (rule) rules.push(rule);
  }
  return rules;
}
