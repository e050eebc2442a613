import type { TFunction } from 'i18next';
import type { FieldMessage } from '../../lib/form-errors.js';
import {
  ESF_KEYS,
  type EsfAnswer,
  type EsfKey,
  type ResidentInput,
  type ResidentView,
} from './resident-types.js';

/** The form keeps every field as text, keyed by its dotted path in ResidentInput. */
export type ResidentDraft = Record<string, string>;

const TEXT_KEYS = [
  'surname',
  'givenName',
  'fatherName',
  'motherName',
  'birthDate',
  'gender',
  'amka',
  'afm',
  'idNumber',
  'mobilePhone',
  'phone',
  'email',
  'nationality',
  'maritalStatus',
  'employmentStatus',
] as const;

export function toResidentDraft(r?: ResidentView): ResidentDraft {
  const draft: ResidentDraft = {};
  if (!r) return draft;
  for (const key of TEXT_KEYS) draft[key] = r[key] ?? '';
  draft['address.street'] = r.address?.street ?? '';
  draft['address.number'] = r.address?.number ?? '';
  draft['address.postcode'] = r.address?.postcode ?? '';
  draft['address.area'] = r.address?.area ?? '';
  draft.languages = (r.languages ?? []).join(', ');
  draft.educationLevel = r.educationLevel == null ? '' : String(r.educationLevel);
  draft.disabilityPercent = r.disabilityPercent == null ? '' : String(r.disabilityPercent);
  for (const key of ESF_KEYS) draft[`esf.${key}`] = r.esf?.[key] ?? '';
  return draft;
}

export function fromResidentDraft(d: ResidentDraft): ResidentInput {
  const v = (key: string) => (d[key] ?? '').trim();
  const input: ResidentInput = { surname: v('surname'), givenName: v('givenName') };
  const optional = input as unknown as Record<string, unknown>;
  for (const key of TEXT_KEYS) {
    if (key !== 'surname' && key !== 'givenName' && v(key)) optional[key] = v(key);
  }
  if (input.nationality) input.nationality = input.nationality.toUpperCase();
  if (v('address.street')) {
    input.address = { street: v('address.street') };
    if (v('address.number')) input.address.number = v('address.number');
    if (v('address.postcode')) input.address.postcode = v('address.postcode');
    if (v('address.area')) input.address.area = v('address.area');
  }
  const languages = v('languages')
    .split(/[\s,]+/)
    .map((l) => l.toLowerCase())
    .filter(Boolean);
  if (languages.length > 0) input.languages = languages;
  if (v('educationLevel')) input.educationLevel = Number(v('educationLevel'));
  if (v('disabilityPercent')) input.disabilityPercent = Number(v('disabilityPercent'));
  if (ESF_KEYS.every((k) => v(`esf.${k}`))) {
    const esf = {} as Record<EsfKey, EsfAnswer>;
    for (const k of ESF_KEYS) esf[k] = v(`esf.${k}`) as EsfAnswer;
    input.esf = esf;
  }
  return input;
}

export function validateResidentDraft(d: ResidentDraft, t: TFunction): FieldMessage[] {
  const found: FieldMessage[] = [];
  for (const key of ['surname', 'givenName']) {
    if (!(d[key] ?? '').trim())
      found.push({
        field: key,
        message: t('common.required', { field: t(`residents.field.${key}`) }),
      });
  }
  const answered = ESF_KEYS.filter((k) => d[`esf.${k}`]);
  if (answered.length > 0 && answered.length < ESF_KEYS.length) {
    const missing = ESF_KEYS.find((k) => !d[`esf.${k}`]) ?? ESF_KEYS[0];
    found.push({ field: `esf.${missing}`, message: t('residents.esfAllOrNone') });
  }
  const pct = (d.disabilityPercent ?? '').trim();
  if (pct && !(Number.isInteger(Number(pct)) && Number(pct) >= 0 && Number(pct) <= 100))
    found.push({ field: 'disabilityPercent', message: t('residents.percentInvalid') });
  return found;
}
