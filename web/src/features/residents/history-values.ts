import type { TFunction } from 'i18next';

/** Fields whose values are codes of a vocabulary, shown through its translations. */
const VOCAB: Record<string, string> = {
  gender: 'gender',
  maritalStatus: 'maritalStatus',
  employmentStatus: 'employmentStatus',
  educationLevel: 'isced',
};

/** `address.street` → the label of the form's field with the same path. */
export function fieldLabel(field: string, t: TFunction): string {
  return t(`residents.field.${field.replace('.', '_')}`, { defaultValue: field });
}

/** A recorded value in words: codes translated, lists joined, ESF+ answers one by one. */
export function valueText(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('common.notStated');
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '—';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return t('common.notStated');
    return entries
      .map(([k, v]) => {
        const label = field === 'esf' ? fieldLabel(`esf.${k}`, t) : k;
        const answer = field === 'esf' ? t(`vocab.esfAnswer.${String(v)}`) : String(v);
        return `${label}: ${answer}`;
      })
      .join('; ');
  }
  const text = String(value);
  const vocab = VOCAB[field];
  return vocab ? t(`vocab.${vocab}.${text}`, { defaultValue: text }) : text;
}
