// The real engine behind the RulesEngine seam (loaded lazily by rules-engine.ts).
import { loadMunicipalCriteria } from '../catalog/municipal-criteria.repository.js';
import { screen } from '../rules/engine.js';
import { householdToInput } from '../rules/from-household.js';
import { municipalRules } from '../rules/municipal.js';
import { defaultParameterSet } from '../rules/parameters.js';
import type { RulesEngine } from './rules-engine.js';

export const rulesEngine: RulesEngine = {
  get version() {
    return defaultParameterSet().version;
  },
  parameterSets: () => [defaultParameterSet()],
  inputFromFacts: (facts) => householdToInput(facts),
  screen: (input, municipal, parameters) =>
    screen(input, parameters ?? defaultParameterSet(), {
      municipal: municipalRules(municipal as Parameters<typeof municipalRules>[0]),
    }),
  loadMunicipal: (db, centerId) => loadMunicipalCriteria(db, centerId),
};
