import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import el from './el.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import directoryEl from './extra/directory.el.json' with { type: 'json' };
import directoryEn from './extra/directory.en.json' with { type: 'json' };
import eventsEl from './extra/events.el.json' with { type: 'json' };
import eventsEn from './extra/events.en.json' with { type: 'json' };
import referralsEl from './extra/referrals.el.json' with { type: 'json' };
import referralsEn from './extra/referrals.en.json' with { type: 'json' };
import reportsEl from './extra/reports.el.json' with { type: 'json' };
import reportsEn from './extra/reports.en.json' with { type: 'json' };
import type { Lang } from '../lib/types.js';

const STORAGE_KEY = 'koinotita.lang';

function storedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'el';
  } catch {
    return 'el';
  }
}

function applyLanguage(lang: string): void {
  document.documentElement.lang = lang === 'en' ? 'en' : 'el';
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

type Messages = { [key: string]: string | Messages };

/** Each feature keeps its strings in its own file under extra/; top-level keys must not clash. */
function mergeMessages(...parts: Messages[]): Messages {
  const merged: Messages = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = merged[key];
      merged[key] =
        typeof existing === 'object' && typeof value === 'object'
          ? mergeMessages(existing, value)
          : value;
    }
  }
  return merged;
}

const elMessages = mergeMessages(el, directoryEl, eventsEl, referralsEl, reportsEl);
const enMessages = mergeMessages(en, directoryEn, eventsEn, referralsEn, reportsEn);

/** Greek by default; the English switch is remembered in localStorage and mirrored on <html lang>. */
export function setupI18n(): typeof i18n {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18n.use(initReactI18next).init({
    resources: { el: { translation: elMessages }, en: { translation: enMessages } },
    lng,
    fallbackLng: 'el',
    supportedLngs: ['el', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18n.on('languageChanged', applyLanguage);
  return i18n;
}
