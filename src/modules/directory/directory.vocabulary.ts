// Closed lists of the directory: categories, weekdays, statuses, languages. Labels in el/en live
// here (not only in the web) because search keys and HSDS taxonomy terms are built from them.

export const directoryCategories = {
  benefits: { el: 'Επιδόματα και παροχές', en: 'Benefits and allowances' },
  employment: { el: 'Απασχόληση', en: 'Employment' },
  insurance: { el: 'Ασφάλιση και συντάξεις', en: 'Social insurance and pensions' },
  disability: { el: 'Αναπηρία', en: 'Disability' },
  health: { el: 'Υγεία', en: 'Health' },
  mental_health: { el: 'Ψυχική υγεία', en: 'Mental health' },
  food: { el: 'Τρόφιμα και βασικά αγαθά', en: 'Food and basic goods' },
  medicines: { el: 'Φάρμακα', en: 'Medicines' },
  elderly: { el: 'Τρίτη ηλικία', en: 'Older people' },
  home_care: { el: 'Φροντίδα στο σπίτι', en: 'Care at home' },
  women: { el: 'Ισότητα και βία κατά των γυναικών', en: 'Women and gender-based violence' },
  administrative: { el: 'Διοικητικές υπηρεσίες', en: 'Public administration' },
  housing: { el: 'Στέγαση', en: 'Housing' },
  children: { el: 'Παιδιά και οικογένεια', en: 'Children and family' },
  legal: { el: 'Νομική βοήθεια', en: 'Legal aid' },
  migrants: { el: 'Μετανάστες και πρόσφυγες', en: 'Migrants and refugees' },
} as const;

export type DirectoryCategory = keyof typeof directoryCategories;
export const categoryCodes = Object.keys(directoryCategories) as DirectoryCategory[];

export function isDirectoryCategory(code: string): code is DirectoryCategory {
  return Object.hasOwn(directoryCategories, code);
}

/** RFC 5545 weekdays, Monday first as in Greece. */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];

export const serviceStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

/** RFC 6350 phone types, as HSDS names them. */
export const phoneTypes = ['voice', 'cell', 'fax', 'text', 'video', 'pager', 'textphone'] as const;

/** Languages offered in the forms (ISO 639-1); imports may carry any ISO 639 code. */
export const directoryLanguages = {
  el: { el: 'Ελληνικά', en: 'Greek' },
  en: { el: 'Αγγλικά', en: 'English' },
  ar: { el: 'Αραβικά', en: 'Arabic' },
  fa: { el: 'Φαρσί', en: 'Farsi' },
  uk: { el: 'Ουκρανικά', en: 'Ukrainian' },
  ru: { el: 'Ρωσικά', en: 'Russian' },
  sq: { el: 'Αλβανικά', en: 'Albanian' },
  ur: { el: 'Ούρντου', en: 'Urdu' },
  fr: { el: 'Γαλλικά', en: 'French' },
  bg: { el: 'Βουλγαρικά', en: 'Bulgarian' },
  ro: { el: 'Ρουμανικά', en: 'Romanian' },
  ka: { el: 'Γεωργιανά', en: 'Georgian' },
  sgn: { el: 'Νοηματική γλώσσα', en: 'Sign language' },
} as const;

/** The English name of a language for HSDS `language.name` (the code itself when unknown). */
export function languageName(code: string): string {
  const known = (directoryLanguages as Record<string, { en: string } | undefined>)[code];
  return known?.en ?? code;
}
