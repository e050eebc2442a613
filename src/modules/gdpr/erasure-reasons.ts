import { AppError } from '../../lib/app-error.js';
import type { Language } from '../../server/i18n/language.js';

/** Why an erasure was refused, in the caller's language (fills `{reason}` of `erasure_refused`). */
const erasureReasons: Record<Language, Record<string, string>> = {
  el: {
    open_case: 'ο κάτοικος έχει ανοιχτή υπόθεση. Κλείστε πρώτα την υπόθεση.',
    already_anonymised: 'ο φάκελος έχει ήδη ανωνυμοποιηθεί.',
  },
  en: {
    open_case: 'the resident has an open case. Close the case first.',
    already_anonymised: 'the file has already been anonymised.',
  },
};

/** Keeps the machine-readable reason as `reason` and puts the sentence into the detail. */
export function localizeErasureRefusal(error: AppError, lang: Language): AppError {
  const code = String(error.params.reason);
  const sentence = erasureReasons[lang][code];
  if (!sentence) return error;
  return new AppError('erasure_refused', {
    params: { reason: sentence },
    extensions: { reason: code },
  });
}
