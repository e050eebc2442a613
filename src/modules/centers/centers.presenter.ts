import type { CenterRow, CenterValues } from './centers.repository.js';
import type { CenterSettings, CenterSettingsUpdate, PublicCenter } from './centers.schemas.js';

export function presentCenterSettings(row: CenterRow): CenterSettings {
  return {
    slug: row.slug,
    name: { el: row.name_el, en: row.name_en },
    municipality: { el: row.municipality_el, en: row.municipality_en },
    address: {
      street: row.street,
      number: row.street_number,
      postcode: row.postcode,
      city: { el: row.city_el, en: row.city_en },
    },
    phones: row.phones,
    email: row.email,
    website: row.website,
    openingHours: row.opening_hours,
    byAppointment: row.by_appointment,
    timezone: row.timezone,
  };
}

export function presentPublicCenter(row: CenterRow, multipleCenters: boolean): PublicCenter {
  const { timezone: _timezone, ...settings } = presentCenterSettings(row);
  return { ...settings, multipleCenters };
}

export function toCenterValues(settings: CenterSettingsUpdate): Omit<CenterValues, 'slug'> {
  return {
    name_el: settings.name.el,
    name_en: settings.name.en,
    municipality_el: settings.municipality.el,
    municipality_en: settings.municipality.en,
    street: settings.address.street,
    street_number: settings.address.number,
    postcode: settings.address.postcode,
    city_el: settings.address.city.el,
    city_en: settings.address.city.en,
    phones: settings.phones,
    email: settings.email,
    website: settings.website,
    opening_hours: JSON.stringify(
      [...settings.openingHours].sort(
        (a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens),
      ),
    ),
    by_appointment: settings.byAppointment,
    timezone: settings.timezone,
  };
}
