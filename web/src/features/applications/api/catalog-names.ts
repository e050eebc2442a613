import { useTranslation } from 'react-i18next';
import { localized, type LocalizedText } from '../../../lib/types.js';
import { useApiQuery } from '../../../lib/use-api-query.js';

/** Benefit names for selects and lists (the catalog is read with benefits.read). */
export function useBenefitNames() {
  const { i18n } = useTranslation();
  const catalog = useApiQuery<{ items: { code: string; name: LocalizedText }[] }>(
    '/api/benefits/catalog',
  );
  const items = catalog.data?.items ?? [];
  return {
    options: items.map((x) => ({ value: x.code, label: localized(x.name, i18n.language) })),
    nameOf: (code: string) => {
      const found = items.find((x) => x.code === code);
      return found ? localized(found.name, i18n.language) : code;
    },
  };
}
