import { benefitCodes, type BenefitCode } from '../rules/types.js';
import { disabilityBenefits, energyAndTax } from './catalog-energy-disability.js';
import { municipalPrograms } from './catalog-municipal.js';
import { nationalIncomeSupport } from './catalog-national.js';
import type { CatalogEntry, PublicCatalogEntry } from './catalog-types.js';

export type { CatalogEntry, PublicCatalogEntry } from './catalog-types.js';

const byCode = new Map<BenefitCode, CatalogEntry>(
  [...nationalIncomeSupport, ...energyAndTax, ...disabilityBenefits, ...municipalPrograms].map(
    (entry) => [entry.code, entry],
  ),
);

/** Every benefit of the engine, in the engine's order (completeness is tested). */
export const catalog: CatalogEntry[] = benefitCodes.map((code) => {
  const entry = byCode.get(code);
  if (!entry) throw new Error(`catalog entry missing for ${code}`);
  return entry;
});

export function catalogEntry(code: BenefitCode): CatalogEntry {
  const entry = byCode.get(code);
  if (!entry) throw new Error(`catalog entry missing for ${code}`);
  return entry;
}

/** The fields a resident may see on the public portal (staff notes and source refs stay inside). */
export function toPublicCatalogEntry(entry: CatalogEntry): PublicCatalogEntry {
  const { staffNotes: _notes, legalBasisVerified: _verified, sourceRefs: _refs, ...rest } = entry;
  return rest;
}
