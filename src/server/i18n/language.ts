export type Language = 'el' | 'en';

/** Greek first: English only when the caller prefers it over Greek. */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'el';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { base: tag.split('-')[0], q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((entry) => entry.base === 'el' || entry.base === 'en')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.base === 'en' ? 'en' : 'el';
}
