// Shapes of generated data. They mirror what a Community Center records, so a loader can map
// them to tables; they are not database rows.

export type Gender = 'male' | 'female';

export type HouseholdComposition =
  | 'single_elderly'
  | 'single_adult'
  | 'couple'
  | 'couple_with_children'
  | 'single_parent'
  | 'multi_generational';

/** Relation to the head of household; `parent` is a parent of the head living with them. */
export type HouseholdRole = 'head' | 'spouse' | 'child' | 'parent';

export type EmploymentStatus =
  | 'employed'
  | 'self_employed'
  | 'unemployed'
  | 'long_term_unemployed'
  | 'inactive'
  | 'retired'
  | 'student';

/** Highest ISCED 2011 level completed, 0 (none or early childhood) to 8 (doctorate). */
export type IscedLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export type IncomeType =
  'salary' | 'pension' | 'unemployment_benefit' | 'rental' | 'farming' | 'business';

export interface GeneratedIncome {
  type: IncomeType;
  /** Yearly amount in euros, two decimals. */
  amount: number;
}

export interface GeneratedPerson {
  /** Position in the household, 0 = head. */
  memberIndex: number;
  role: HouseholdRole;
  gender: Gender;
  surname: string;
  /** Surname at birth (γένος); differs from `surname` for women who took the husband's. */
  birthSurname: string;
  givenName: string;
  /** Given name of the father (πατρώνυμο), as on Greek documents. */
  fatherName: string;
  /** Given name of the mother (μητρώνυμο). */
  motherName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  amka: string;
  /** Adults only. */
  afm: string | null;
  /** E.164, e.g. +306912345678. */
  mobilePhone: string | null;
  email: string | null;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  employmentStatus: EmploymentStatus;
  iscedLevel: IscedLevel;
  /** Disability percentage certified by ΚΕΠΑ, or null. */
  disabilityPercent: number | null;
  incomes: GeneratedIncome[];
}

export interface GeneratedAddress {
  street: string;
  number: string;
  postcode: string;
  municipality: string;
}

export interface GeneratedAssets {
  /** Objective (ΕΝΦΙΑ) value of all real estate, euros. */
  realEstateValue: number;
  deposits: number;
  vehiclesValue: number;
}

/** How the household holds its home: decides rent and the housing benefit. */
export type HousingTenure = 'owner' | 'tenant' | 'rent_free';

export interface GeneratedHousehold {
  /** 1-based, stable for a given seed. */
  id: number;
  composition: HouseholdComposition;
  address: GeneratedAddress;
  /** Head first, then spouse, children (oldest first) and the head's parents. */
  members: GeneratedPerson[];
  assets: GeneratedAssets;
  tenure: HousingTenure;
  /** Rent paid per year, euros; 0 unless the tenure is `tenant`. */
  yearlyRentPaid: number;
}
