/** A translation tree: namespaces of nested keys ending in strings. */
export type Messages = { [key: string]: string | Messages };

/** Both languages of one app's strings, as i18next resources want them. */
export interface AppMessages {
  el: Messages;
  en: Messages;
}

/** Each feature keeps its strings in its own file under extra/; top-level keys must not clash. */
export function mergeMessages(...parts: Messages[]): Messages {
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
