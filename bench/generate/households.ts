// Deterministic generator of Community Center households in Marousi, for the demo (a few
// hundred residents) and benchmarks (200,000 residents). Same seed and as-of date, same data.
import { COMPOSITION_SHARES, MAX_HOUSEHOLD_SIZE, buildMembers } from './compositions.js';
import { ageOn } from './dates.js';
import { pickHousingAndAssets } from './economics.js';
import { MAROUSI_MUNICIPALITY, MAROUSI_STREETS } from './marousi.js';
import { createContext, createPerson, pickNamePool } from './people.js';
import type { GenerationContext } from './people.js';
import { chance, intBetween, pick, weightedPick } from './random.js';
import type { Rng } from './random.js';
import type { GeneratedAddress, GeneratedHousehold, HouseholdComposition } from './types.js';

export interface GenerateOptions {
  /** Date the ages refer to (YYYY-MM-DD); fixed by default so output never depends on today. */
  asOf?: string;
}

export const DEFAULT_AS_OF = '2026-01-01';

function pickAddress(rng: Rng): GeneratedAddress {
  const [street, postcode] = pick(rng, MAROUSI_STREETS);
  const suffix = chance(rng, 0.08) ? pick(rng, ['Α', 'Β']) : '';
  return {
    street,
    number: String(intBetween(rng, 1, 150)) + suffix,
    postcode,
    municipality: MAROUSI_MUNICIPALITY,
  };
}

function generateHousehold(
  ctx: GenerationContext,
  id: number,
  composition: HouseholdComposition,
): GeneratedHousehold {
  const pool = pickNamePool(ctx.rng);
  const specs = buildMembers(ctx, pool, composition);
  const members = specs.map((spec, index) => createPerson(ctx, pool, spec, index));
  const headAge = ageOn(members[0]?.birthDate ?? ctx.asOf, ctx.asOf);
  const housing = pickHousingAndAssets(ctx.rng, { elderly: headAge >= 65, migrant: pool.migrant });
  return {
    id,
    composition,
    address: pickAddress(ctx.rng),
    members,
    assets: housing.assets,
    tenure: housing.tenure,
    yearlyRentPaid: housing.yearlyRentPaid,
  };
}

/** `count` households; the first n households are the same whatever count is asked for. */
export function generateHouseholds(
  count: number,
  seed: number | string,
  options: GenerateOptions = {},
): GeneratedHousehold[] {
  const ctx = createContext(seed, options.asOf ?? DEFAULT_AS_OF);
  const households: GeneratedHousehold[] = [];
  for (let id = 1; id <= count; id++) {
    households.push(generateHousehold(ctx, id, weightedPick(ctx.rng, COMPOSITION_SHARES)));
  }
  return households;
}

/**
 * Households holding exactly `peopleCount` residents. The last few are one-person households,
 * so the total lands exactly without cutting a family in two.
 */
export function generateHouseholdsForPeople(
  peopleCount: number,
  seed: number | string,
  options: GenerateOptions = {},
): GeneratedHousehold[] {
  const ctx = createContext(seed, options.asOf ?? DEFAULT_AS_OF);
  const households: GeneratedHousehold[] = [];
  let remaining = peopleCount;
  while (remaining > 0) {
    const composition =
      remaining >= MAX_HOUSEHOLD_SIZE
        ? weightedPick(ctx.rng, COMPOSITION_SHARES)
        : chance(ctx.rng, 0.5)
          ? 'single_adult'
          : 'single_elderly';
    const household = generateHousehold(ctx, households.length + 1, composition);
    households.push(household);
    remaining -= household.members.length;
  }
  return households;
}
