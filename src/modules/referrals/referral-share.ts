import type { Label, SharedCategory } from './referrals.vocabulary.js';

/** Everything a referral could share about its resident; loaded per category (share repository). */
export interface ResidentFacts {
  identity?: {
    surname: string;
    givenName: string;
    fatherName: string | null;
    birthDate: string | null;
    gender: string | null;
  };
  identifiers?: { amka: string | null; afm: string | null };
  contact?: {
    mobilePhone: string | null;
    phone: string | null;
    email: string | null;
    address: string | null;
  };
  household?: { members: { relationship: string; birthYear: number | null }[] };
  income?: { taxYear: number | null; total: number | null };
  benefits?: { items: { name: Label; status: Label }[] };
  caseSummary?: { topics: string[]; needs: string | null };
}

/** What the partner sees: a key per shared category, and no key at all for the others. */
export type SharedData = ResidentFacts;

const keyOf: Record<SharedCategory, keyof ResidentFacts> = {
  identity: 'identity',
  identifiers: 'identifiers',
  contact: 'contact',
  household: 'household',
  income: 'income',
  benefits: 'benefits',
  case_summary: 'caseSummary',
};

/**
 * The shared part of the facts: only the chosen categories are copied, so a category that was
 * not chosen cannot reach the partner even if the caller loaded more than it needed.
 */
export function projectSharedData(
  facts: ResidentFacts,
  categories: readonly SharedCategory[],
): SharedData {
  const shared: Record<string, unknown> = {};
  for (const category of categories) {
    const key = keyOf[category];
    if (facts[key] !== undefined) shared[key] = facts[key];
  }
  return shared as SharedData;
}

/** The resident's name as the partner may see it: only with the identity category. */
export function sharedName(data: SharedData): string | null {
  return data.identity ? `${data.identity.givenName} ${data.identity.surname}` : null;
}

export function formatAddress(parts: {
  street: string | null;
  streetNumber: string | null;
  postcode: string | null;
  area: string | null;
}): string | null {
  const street = [parts.street, parts.streetNumber].filter(Boolean).join(' ');
  const place = [parts.postcode, parts.area].filter(Boolean).join(' ');
  const text = [street, place].filter(Boolean).join(', ');
  return text || null;
}
