import type { Localized, ResidenceStatus, ScreeningMember } from '../types.js';

/** Question ids to report when a value is unknown. */
export function need(value: unknown, question: string): readonly string[] {
  return value === null || value === undefined ? [question] : [];
}

export function union(...lists: (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const id of list) if (!out.includes(id)) out.push(id);
  return out;
}

/** Greek, EU/EEA/Swiss, refugees and stateless persons, third-country nationals with permanent residence. */
export const legallyResident: readonly ResidenceStatus[] = [
  'greek',
  'eu_eea_swiss',
  'refugee_or_stateless',
  'third_country_permanent',
];

export function residenceStatusPasses(member: ScreeningMember | undefined): boolean | null {
  const status = member?.residenceStatus ?? null;
  return status === null ? null : legallyResident.includes(status);
}

export const residenceLabel: Localized = {
  el: 'Νόμιμη και μόνιμη διαμονή στην Ελλάδα',
  en: 'Legal and permanent residence in Greece',
};

export function yearsText(years: number): string {
  return `${years} έτη`;
}

export function percentText(percent: number): string {
  return `${percent}%`;
}
