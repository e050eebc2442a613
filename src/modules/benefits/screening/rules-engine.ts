import type { Db } from '../../../db/connection.js';
import type { HouseholdFacts } from '../../households/eligibility-input.js';
import type { MunicipalCriteria } from '../catalog/municipal-criteria.js';
import type { ParameterSet } from '../rules/parameters.js';
import type { ScreeningInput, Verdict } from '../rules/types.js';

/** The Center's municipal program criteria by program code, as stored with a screening. */
export type MunicipalCriteriaSet = Partial<Record<string, MunicipalCriteria>>;

/**
 * What screening and outreach need from the rules engine and the catalog, in one place: the only
 * file of this folder that imports the engine, and the seam tests use to put a small engine of
 * their own in its place (outreach is about who changed, not about the formulas).
 */
export interface RulesEngine {
  /** Version (content hash) of the parameter set in force for new screenings. */
  readonly version: string;
  /** The parameter sets this process can replay with (today: the current one only). */
  parameterSets(): readonly ParameterSet[];
  inputFromFacts(facts: HouseholdFacts): ScreeningInput;
  screen(
    input: ScreeningInput,
    municipal: MunicipalCriteriaSet,
    parameters?: ParameterSet,
  ): Verdict[];
  loadMunicipal(db: Db, centerId: string): Promise<MunicipalCriteriaSet>;
}

/**
 * The real engine, loaded on first use: start-up and the modules that never screen do not pay
 * for reading the parameter files.
 */
let loading: Promise<RulesEngine> | null = null;
export function defaultRulesEngine(): Promise<RulesEngine> {
  loading ??= import('./default-rules-engine.js').then((m) => m.rulesEngine);
  loading.catch(() => (loading = null));
  return loading;
}
