import type { TFunction } from 'i18next';
import type { FieldMessage } from '../../lib/form-errors.js';
import type { CenterSettings, CenterSettingsInput } from './settings-types.js';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface DayDraft {
  open: boolean;
  opens: string;
  closes: string;
}

/** The form's state: every field a string (or flag) keyed by the API's dotted path. */
export interface SettingsDraft {
  text: Record<string, string>;
  hours: Record<number, DayDraft>;
  byAppointment: boolean;
}

export const TEXT_FIELDS = [
  'name.el',
  'name.en',
  'municipality.el',
  'municipality.en',
  'address.street',
  'address.number',
  'address.postcode',
  'address.city.el',
  'address.city.en',
  'phones',
  'email',
  'website',
  'timezone',
] as const;

export function toDraft(s: CenterSettings): SettingsDraft {
  const text: Record<string, string> = {
    'name.el': s.name.el,
    'name.en': s.name.en,
    'municipality.el': s.municipality.el,
    'municipality.en': s.municipality.en,
    'address.street': s.address.street,
    'address.number': s.address.number,
    'address.postcode': s.address.postcode,
    'address.city.el': s.address.city.el,
    'address.city.en': s.address.city.en,
    phones: s.phones.join(', '),
    email: s.email ?? '',
    website: s.website ?? '',
    timezone: s.timezone,
  };
  const hours: Record<number, DayDraft> = {};
  for (const day of WEEKDAYS) {
    const h = s.openingHours.find((o) => o.weekday === day);
    hours[day] = h
      ? { open: true, opens: h.opens, closes: h.closes }
      : { open: false, opens: '', closes: '' };
  }
  return { text, hours, byAppointment: s.byAppointment };
}

export function splitPhones(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function fromDraft(d: SettingsDraft): CenterSettingsInput {
  const v = (key: string) => (d.text[key] ?? '').trim();
  return {
    name: { el: v('name.el'), en: v('name.en') },
    municipality: { el: v('municipality.el'), en: v('municipality.en') },
    address: {
      street: v('address.street'),
      number: v('address.number'),
      postcode: v('address.postcode').replace(/\s+/g, ''),
      city: { el: v('address.city.el'), en: v('address.city.en') },
    },
    phones: splitPhones(v('phones')),
    email: v('email') || null,
    website: v('website') || null,
    openingHours: WEEKDAYS.filter((day) => d.hours[day]?.open).map((day) => ({
      weekday: day,
      opens: d.hours[day]?.opens ?? '',
      closes: d.hours[day]?.closes ?? '',
    })),
    byAppointment: d.byAppointment,
    timezone: v('timezone'),
  };
}

const REQUIRED: Record<string, string> = {
  'name.el': 'settings.nameEl',
  'name.en': 'settings.nameEn',
  'municipality.el': 'settings.municipalityEl',
  'municipality.en': 'settings.municipalityEn',
  'address.street': 'settings.street',
  'address.number': 'settings.number',
  'address.postcode': 'settings.postcode',
  'address.city.el': 'settings.cityEl',
  'address.city.en': 'settings.cityEn',
  timezone: 'settings.timezone',
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function validateDraft(d: SettingsDraft, t: TFunction): FieldMessage[] {
  const found: FieldMessage[] = [];
  const v = (key: string) => (d.text[key] ?? '').trim();
  for (const [field, label] of Object.entries(REQUIRED)) {
    if (!v(field)) found.push({ field, message: t('common.required', { field: t(label) }) });
  }
  const postcode = v('address.postcode').replace(/\s+/g, '');
  if (postcode && !/^\d{5}$/.test(postcode))
    found.push({ field: 'address.postcode', message: t('settings.postcodeInvalid') });
  const phones = splitPhones(v('phones'));
  if (phones.length === 0) found.push({ field: 'phones', message: t('settings.phonesRequired') });
  const badPhone = phones.find((p) => !/^\+?[\d\s()-]{5,20}$/.test(p));
  if (badPhone)
    found.push({ field: 'phones', message: t('settings.phoneInvalid', { phone: badPhone }) });
  if (v('email') && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v('email')))
    found.push({ field: 'email', message: t('settings.emailInvalid') });
  if (v('website') && !/^https?:\/\/\S+$/.test(v('website')))
    found.push({ field: 'website', message: t('settings.websiteInvalid') });
  for (const day of WEEKDAYS) {
    const h = d.hours[day];
    if (!h?.open) continue;
    const name = t(`weekday.${day}`);
    for (const part of ['opens', 'closes'] as const) {
      if (!TIME.test(h[part]))
        found.push({
          field: `hours.${day}.${part}`,
          message: t('settings.timeInvalid', { day: name }),
        });
    }
    if (TIME.test(h.opens) && TIME.test(h.closes) && h.closes <= h.opens)
      found.push({ field: `hours.${day}.closes`, message: t('settings.timeOrder', { day: name }) });
  }
  return found;
}

/** Server paths like `phones.1` or `openingHours.0.closes` point at this form's fields. */
export function formField(serverField: string, d: SettingsDraft): string {
  if (serverField.startsWith('phones')) return 'phones';
  const match = /^openingHours\.(\d+)(?:\.(opens|closes|weekday))?/.exec(serverField);
  if (match) {
    const openDays = WEEKDAYS.filter((day) => d.hours[day]?.open);
    const day = openDays[Number(match[1])] ?? 1;
    return `hours.${day}.${match[2] === 'closes' ? 'closes' : 'opens'}`;
  }
  return serverField;
}
