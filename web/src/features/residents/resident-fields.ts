import { EMPLOYMENT_STATUSES, ESF_KEYS, GENDERS, MARITAL_STATUSES } from './resident-types.js';

export interface FieldSpec {
  key: string;
  type?: 'text' | 'date' | 'email' | 'tel' | 'number';
  /** Vocabulary for a select; its labels are `vocab.<name>.<value>`. */
  vocab?: { name: string; values: readonly string[] };
  autoComplete?: string;
  hint?: boolean;
  width?: string;
}

const ISCED = ['0', '1', '2', '3', '4', '5', '6', '7', '8'] as const;
const ESF = ['yes', 'no', 'prefer_not_to_say'] as const;

/** The registration form's groups, in the order a person is asked. */
export const RESIDENT_SECTIONS: { legend: string; fields: FieldSpec[] }[] = [
  {
    legend: 'identity',
    fields: [
      { key: 'surname', autoComplete: 'off' },
      { key: 'givenName', autoComplete: 'off' },
      { key: 'fatherName', autoComplete: 'off' },
      { key: 'motherName', autoComplete: 'off' },
      { key: 'birthDate', type: 'date', width: 'govgr-input--width-10' },
      { key: 'gender', vocab: { name: 'gender', values: GENDERS } },
    ],
  },
  {
    legend: 'identifiers',
    fields: [
      { key: 'amka', hint: true, width: 'govgr-input--width-20' },
      { key: 'afm', hint: true, width: 'govgr-input--width-10' },
      { key: 'idNumber', hint: true, width: 'govgr-input--width-10' },
    ],
  },
  {
    legend: 'contact',
    fields: [
      { key: 'mobilePhone', type: 'tel', width: 'govgr-input--width-20' },
      { key: 'phone', type: 'tel', width: 'govgr-input--width-20' },
      { key: 'email', type: 'email' },
    ],
  },
  {
    legend: 'address',
    fields: [
      { key: 'address.street' },
      { key: 'address.number', width: 'govgr-input--width-5' },
      { key: 'address.postcode', width: 'govgr-input--width-5' },
      { key: 'address.area' },
    ],
  },
  {
    legend: 'social',
    fields: [
      { key: 'nationality', hint: true, width: 'govgr-input--width-5' },
      { key: 'languages', hint: true, width: 'govgr-input--width-20' },
      { key: 'maritalStatus', vocab: { name: 'maritalStatus', values: MARITAL_STATUSES } },
      {
        key: 'employmentStatus',
        vocab: { name: 'employmentStatus', values: EMPLOYMENT_STATUSES },
      },
      { key: 'educationLevel', vocab: { name: 'isced', values: ISCED } },
      { key: 'disabilityPercent', type: 'number', width: 'govgr-input--width-5' },
    ],
  },
  {
    legend: 'esf',
    fields: ESF_KEYS.map((k) => ({ key: `esf.${k}`, vocab: { name: 'esfAnswer', values: ESF } })),
  },
];
