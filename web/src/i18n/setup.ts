import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../lib/types.js';
import type { AppMessages } from './messages.js';

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

/**
 * Greek by default; the English switch is remembered in localStorage and mirrored on <html lang>.
 * Each app passes its own strings: the portal only what it shows (portal-messages.ts), the staff
 * app everything (staff-messages.ts).
 */
export function setupI18n(messages: AppMessages): typeof i18n {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18n.use(initReactI18next).init({
    resources: { el: { translation: messages.el }, en: { translation: messages.en } },
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
