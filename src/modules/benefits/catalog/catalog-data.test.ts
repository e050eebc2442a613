import { describe, expect, it } from 'vitest';
import { benefitCodes } from '../rules/types.js';
import { catalog, catalogEntry, toPublicCatalogEntry } from './catalog-data.js';
import { documentCodes } from './catalog-types.js';
import { defaultMunicipalCriteria, municipalProgramCodes } from './municipal-criteria.js';

const filled = (text: { el: string; en: string } | null) =>
  text !== null && text.el.trim().length > 0 && text.en.trim().length > 0;

describe('benefits catalog', () => {
  it('has one entry per benefit code, in the engine’s order', () => {
    expect(catalog.map((e) => e.code)).toEqual([...benefitCodes]);
  });

  it.each(benefitCodes)('%s is complete in Greek and English', (code) => {
    const entry = catalogEntry(code);
    for (const field of ['name', 'description', 'agency', 'whoMayApply', 'howToApply'] as const) {
      expect(filled(entry[field]), field).toBe(true);
    }
    expect(entry.name.el).toMatch(/[α-ωΑ-Ω]/);
    expect(entry.documents.length).toBeGreaterThan(0);
    for (const document of entry.documents) {
      expect(documentCodes).toContain(document.code);
      expect(filled(document.label)).toBe(true);
    }
    expect(new Set(entry.documents.map((d) => d.code)).size).toBe(entry.documents.length);
    expect(entry.legalBasis.title.length).toBeGreaterThan(3);
    if (entry.legalBasis.url) expect(entry.legalBasis.url).toMatch(/^https:\/\//);
    if (entry.platformUrl) expect(entry.platformUrl).toMatch(/^https:\/\//);
    if (entry.applicationWindow) expect(filled(entry.applicationWindow)).toBe(true);
    if (entry.renewal) expect(filled(entry.renewal)).toBe(true);
    expect(entry.sourceRefs.length).toBeGreaterThan(0);
  });

  it('marks exactly the Center-configured programs as municipal, each with criteria defaults', () => {
    const municipal = catalog.filter((e) => e.kind === 'municipal').map((e) => e.code);
    expect(municipal).toEqual([...municipalProgramCodes]);
    expect(Object.keys(defaultMunicipalCriteria).sort()).toEqual([...municipalProgramCodes].sort());
    expect(defaultMunicipalCriteria.social_grocery).toMatchObject({
      incomeLimitBase: 5000,
      incomeLimitPerDependant: 1500,
      disabilityBonus: 3000,
      version: 0,
    });
  });

  it('cites the laws the domain reference gives', () => {
    expect(catalogEntry('eee').legalBasis.title).toContain('ν.4389/2016');
    expect(catalogEntry('child_benefit').legalBasis.title).toContain('ν.4512/2018');
    expect(catalogEntry('birth_benefit').legalBasis.title).toContain('ν.5092/2024');
    expect(catalogEntry('uninsured_elderly').legalBasis.title).toContain('ν.4387/2016');
    expect(catalogEntry('disability_deafness').legalBasis.title).toContain('6133');
  });

  it('keeps staff notes, source references and verification flags off the public entry', () => {
    for (const entry of catalog) {
      const shown = toPublicCatalogEntry(entry);
      expect(Object.keys(shown)).not.toContain('staffNotes');
      expect(Object.keys(shown)).not.toContain('sourceRefs');
      expect(Object.keys(shown)).not.toContain('legalBasisVerified');
      expect(shown.name).toEqual(entry.name);
    }
  });

  it('carries no amounts: figures live in the parameter files', () => {
    const text = JSON.stringify(catalog.map(toPublicCatalogEntry));
    expect(text).not.toMatch(/\d+(?:[.,]\d+)?\s?€|€\s?\d/);
  });
});
