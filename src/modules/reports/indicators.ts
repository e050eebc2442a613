/**
 * The ESF+ participant indicators (Regulation (EU) 2021/1057, Annex I, common output indicators
 * on participants; /work/shared/domain/greece.md §1), each rule written once, as a pure function
 * of the participant's situation at entry (the entry sheet, `report_participants`).
 *
 * Changing any rule here changes past figures: bump `definitionsVersion` with it, so a report
 * says which definitions made it (docs/decisions/0014-reports-and-indicators.md).
 */
export const definitionsVersion = 'esf-plus-2021-v1';

/** The situation at entry, as recorded on the entry sheet; null = not recorded. */
export interface ParticipantFacts {
  gender: string | null;
  ageAtEntry: number | null;
  employmentStatus: string | null;
  educationLevel: number | null;
  disabilityPercent: number | null;
  nationality: string | null;
  /** The ESF+ questions of the resident's file: 'yes' | 'no' | 'prefer_not_to_say'. */
  esf: Record<string, string>;
}

/** Every indicator is broken down by gender; 'gender_unknown' when not recorded. */
export const genderKeys = ['female', 'male', 'other', 'gender_unknown'] as const;
export type GenderKey = (typeof genderKeys)[number];

export function genderKey(gender: string | null): GenderKey {
  if (gender === 'female' || gender === 'male' || gender === 'other') return gender;
  return 'gender_unknown';
}

/**
 * Age bands by whole years at the first service (ESF+: children below 18, 18–29, 55 and over;
 * 30–54 is shown too so the bands add up to the total).
 */
export const ageBands = ['under_18', 'age_18_29', 'age_30_54', 'age_55_plus', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

export function ageBand(age: number | null): AgeBand {
  if (age === null || age < 0) return 'unknown';
  if (age < 18) return 'under_18';
  if (age <= 29) return 'age_18_29';
  if (age <= 54) return 'age_30_54';
  return 'age_55_plus';
}

/**
 * Labour market status at entry. ESF+ counts the long-term unemployed both on their own and
 * within the unemployed, so a participant may fall in two rows; retired people and students are
 * outside the labour force (inactive).
 */
export const employmentGroups = [
  'unemployed',
  'long_term_unemployed',
  'inactive',
  'employed',
  'unknown',
] as const;
export type EmploymentGroup = (typeof employmentGroups)[number];

export function employmentGroupsOf(status: string | null): EmploymentGroup[] {
  switch (status) {
    case 'unemployed':
      return ['unemployed'];
    case 'long_term_unemployed':
      return ['unemployed', 'long_term_unemployed'];
    case 'inactive':
    case 'retired':
    case 'student':
      return ['inactive'];
    case 'employed':
    case 'self_employed':
      return ['employed'];
    default:
      return ['unknown'];
  }
}

/** Highest education completed, ISCED 2011 levels 0–8 grouped as ESF+ asks. */
export const educationBands = ['isced_0_2', 'isced_3_4', 'isced_5_8', 'unknown'] as const;
export type EducationBand = (typeof educationBands)[number];

export function educationBand(level: number | null): EducationBand {
  if (level === null || level < 0 || level > 8) return 'unknown';
  if (level <= 2) return 'isced_0_2';
  if (level <= 4) return 'isced_3_4';
  return 'isced_5_8';
}

/** The disadvantaged groups, each with the question of the resident's file that answers it. */
export const vulnerableGroups = [
  { key: 'disability', question: 'disability' },
  { key: 'third_country_national', question: 'thirdCountryNational' },
  { key: 'foreign_background', question: 'foreignBackground' },
  { key: 'minority', question: 'minority' },
  { key: 'homeless', question: 'homeless' },
  { key: 'rural_area', question: 'ruralArea' },
] as const;
export type VulnerableGroup = (typeof vulnerableGroups)[number]['key'];

export const vulnerableAnswers = ['yes', 'no', 'prefer_not_to_say', 'unknown'] as const;
export type VulnerableAnswer = (typeof vulnerableAnswers)[number];

/** EU Member States, EEA and Switzerland (ISO 3166-1 alpha-2; Greece is 'GR', not 'EL'). */
const euEeaCh = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH'.split(
    ' ',
  ),
);

/** ΚΕΠΑ-certified degree from which a person counts as disabled when they gave no answer. */
export const CERTIFIED_DISABILITY_PERCENT = 50;

/**
 * The participant's answer for one group. The resident's own answer always wins, including
 * "prefer not to say" (never overridden). Without an answer, two recorded facts decide and nothing
 * is guessed: a certified disability of at least 50 % (below that: unknown, since a lower degree
 * does not mean "no"), and a recorded nationality (outside the EU/EEA/Switzerland = third-country
 * national). Everything else stays unknown.
 */
export function vulnerableAnswer(
  group: VulnerableGroup,
  facts: Pick<ParticipantFacts, 'esf' | 'disabilityPercent' | 'nationality'>,
): VulnerableAnswer {
  const question = vulnerableGroups.find((g) => g.key === group)?.question ?? group;
  const answer = facts.esf[question];
  if (answer === 'yes' || answer === 'no' || answer === 'prefer_not_to_say') return answer;
  if (group === 'disability' && facts.disabilityPercent !== null) {
    return facts.disabilityPercent >= CERTIFIED_DISABILITY_PERCENT ? 'yes' : 'unknown';
  }
  if (group === 'third_country_national' && facts.nationality !== null) {
    return euEeaCh.has(facts.nationality) ? 'no' : 'yes';
  }
  return 'unknown';
}
