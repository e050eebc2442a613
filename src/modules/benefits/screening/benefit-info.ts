import { catalogEntry } from '../catalog/catalog-data.js';
import { benefitCodes, type BenefitCode, type Localized } from '../rules/types.js';

export interface BenefitInfo {
  name: Localized;
  agency: Localized;
  howToApply: Localized;
}

function isBenefitCode(code: string): code is BenefitCode {
  return (benefitCodes as readonly string[]).includes(code);
}

/** Names for people; a code the catalog does not know (retired benefit) is shown as it is. */
export function benefitInfo(code: string): BenefitInfo {
  if (isBenefitCode(code)) {
    const entry = catalogEntry(code);
    return { name: entry.name, agency: entry.agency, howToApply: entry.howToApply };
  }
  const unknown = { el: code, en: code };
  return { name: unknown, agency: { el: '—', en: '—' }, howToApply: { el: '—', en: '—' } };
}
