import type { CenterSettingsUpdate } from './centers.schemas.js';

/**
 * The reference customer, from the seed article (marousi24.gr, 2025): the first run of a fresh
 * database creates this Center; every field is editable in the settings page.
 */
export const marousiCenter: CenterSettingsUpdate & { slug: string } = {
  slug: 'marousi',
  name: {
    el: 'Κέντρο Κοινότητας Δήμου Αμαρουσίου',
    en: 'Community Center of the Municipality of Marousi',
  },
  municipality: { el: 'Δήμος Αμαρουσίου', en: 'Municipality of Marousi' },
  address: {
    street: 'Παλαιολόγου',
    number: '9',
    postcode: '15124',
    city: { el: 'Μαρούσι', en: 'Marousi' },
  },
  phones: ['2132031912', '2132031913'],
  email: null,
  website: null,
  openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' })),
  byAppointment: true,
  timezone: 'Europe/Athens',
};
