import { AppError, type FieldError } from '../../lib/app-error.js';
import type {
  ContactEntry,
  OrganizationFields,
  PhoneEntry,
  ScheduleEntry,
  ServiceFields,
} from './directory-model.js';
import type { LocationDraft } from './directory-write.repository.js';
import type { OrganizationInput, ServiceInput } from './directory.schemas.js';

// API input → directory fields: text trimmed, empty text absent, parts checked. Pure.

type Part<T> = Omit<T, 'id'>;

export function clean(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function phones(input: OrganizationInput['phones']): Part<PhoneEntry>[] {
  return (input ?? []).map((p) => ({
    number: p.number.trim(),
    extension: clean(p.extension),
    type: p.type ?? null,
    description: clean(p.description),
  }));
}

function contacts(input: OrganizationInput['contacts']): Part<ContactEntry>[] {
  return (input ?? [])
    .map((c) => ({
      name: clean(c.name),
      title: clean(c.title),
      department: clean(c.department),
      email: clean(c.email),
    }))
    .filter((c) => c.name ?? c.title ?? c.department ?? c.email);
}

export function organizationFields(input: OrganizationInput, sample: boolean): OrganizationFields {
  return {
    name: input.name.trim(),
    alternateName: clean(input.alternateName),
    description: clean(input.description),
    email: clean(input.email),
    website: clean(input.website),
    referralEmail: clean(input.referralEmail),
    shared: input.shared ?? false,
    sample,
  };
}

export function organizationParts(input: OrganizationInput) {
  return {
    phones: phones(input.phones),
    contacts: contacts(input.contacts),
    locations: (input.locations ?? []).map((l): LocationDraft => ({
      id: l.id ?? null,
      name: clean(l.name),
      description: clean(l.description),
      transportation: clean(l.transportation),
      address:
        (clean(l.address1) ?? clean(l.postalCode) ?? clean(l.city) ?? clean(l.region))
          ? {
              address1: clean(l.address1),
              address2: null,
              city: clean(l.city),
              region: clean(l.region),
              postalCode: clean(l.postalCode),
              country: 'GR',
            }
          : null,
      latitude: null,
      longitude: null,
      phones: phones(l.phones),
    })),
  };
}

export function serviceFields(input: ServiceInput, sample: boolean): ServiceFields {
  return {
    name: input.name.trim(),
    alternateName: clean(input.alternateName),
    description: clean(input.description),
    status: input.status ?? 'active',
    email: clean(input.email),
    url: clean(input.url),
    eligibilityDescription: clean(input.eligibilityDescription),
    feesDescription: clean(input.feesDescription),
    applicationProcess: clean(input.applicationProcess),
    languages: input.languages ?? [],
    requiredDocuments: (input.requiredDocuments ?? []).map((d) => d.trim()).filter((d) => d !== ''),
    categories: input.categories ?? [],
    costOptions: (input.costOptions ?? []).map((c) => ({
      option: clean(c.option),
      amount: c.amount,
      currency: clean(c.currency),
      amountDescription: clean(c.amountDescription),
    })),
    shared: input.shared ?? false,
    sample,
  };
}

/** Schedules with both times must open before they close. */
export function serviceParts(input: ServiceInput) {
  const errors: FieldError[] = [];
  const schedules = (input.schedules ?? []).map((s, i): Part<ScheduleEntry> => {
    const opensAt = clean(s.opensAt);
    const closesAt = clean(s.closesAt);
    if (opensAt && closesAt && opensAt >= closesAt) {
      errors.push({ field: `body.schedules.${i}.closesAt`, rule: 'time_order' });
    }
    const validFrom = clean(s.validFrom);
    const validTo = clean(s.validTo);
    if (validFrom && validTo && validFrom > validTo) {
      errors.push({ field: `body.schedules.${i}.validTo`, rule: 'date_order' });
    }
    return {
      byday: s.byday,
      opensAt,
      closesAt,
      validFrom,
      validTo,
      description: clean(s.description),
    };
  });
  if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
  return {
    phones: phones(input.phones),
    contacts: contacts(input.contacts),
    schedules,
    locationIds: input.locationIds ?? [],
  };
}
