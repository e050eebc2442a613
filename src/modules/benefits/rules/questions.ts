import type { Localized, Verdict } from './types.js';

/** Keys of the public wizard's answers (docs/api/benefits-issue.md); question ids are these keys. */
export const answerKeys = [
  'applicantAge',
  'hasPartner',
  'partnerAge',
  'childrenAges',
  'childrenStudents',
  'singleParent',
  'disabilityPercentMax',
  'disabilityKind',
  'householdYearlyIncome',
  'incomeLast6Months',
  'monthlyPension',
  'insuredForPension',
  'realEstateValue',
  'deposits',
  'vehiclesValue',
  'yearlyRent',
  'hasElectronicLease',
  'residenceStatus',
  'residenceYears',
  'residesInMunicipality',
  'lifeSupportDevice',
  'largeFamily',
  'newbornOrder',
  'motherInsuredAtBirth',
] as const;
export type AnswerKey = (typeof answerKeys)[number];

export interface Question {
  id: AnswerKey;
  kind: 'number' | 'money' | 'boolean' | 'choice' | 'ages';
  label: Localized;
  help: Localized | null;
  options?: { value: string; label: Localized }[];
  min?: number;
  max?: number;
}

const q = (
  id: AnswerKey,
  kind: Question['kind'],
  el: string,
  en: string,
  extra: Partial<Omit<Question, 'id' | 'kind' | 'label'>> = {},
): Question => ({ id, kind, label: { el, en }, help: null, ...extra });

/**
 * The catalog, in the order a person is asked: who lives in the household, then where they live
 * and for how long, then money, then the questions that concern only some benefits.
 */
export const questionCatalog: readonly Question[] = [
  q('applicantAge', 'number', 'Πόσων ετών είστε;', 'How old are you?', { min: 16, max: 120 }),
  q(
    'hasPartner',
    'boolean',
    'Ζείτε με σύζυγο ή σύντροφο;',
    'Do you live with a spouse or partner?',
  ),
  q(
    'partnerAge',
    'number',
    'Πόσων ετών είναι ο/η σύζυγος ή σύντροφος;',
    'How old is your spouse or partner?',
    { min: 16, max: 120 },
  ),
  q(
    'childrenAges',
    'ages',
    'Ηλικίες των παιδιών που ζουν μαζί σας',
    'Ages of the children living with you',
    {
      help: {
        el: 'Αφήστε κενό αν δεν ζουν παιδιά μαζί σας.',
        en: 'Leave empty if no children live with you.',
      },
      min: 0,
      max: 120,
    },
  ),
  q(
    'childrenStudents',
    'number',
    'Πόσα από τα παιδιά 18–24 ετών σπουδάζουν;',
    'How many of the children aged 18–24 are students?',
    { min: 0, max: 20 },
  ),
  q(
    'residenceStatus',
    'choice',
    'Ποια είναι η υπηκοότητα ή το καθεστώς διαμονής σας;',
    'What is your citizenship or residence status?',
    {
      options: [
        { value: 'greek', label: { el: 'Έλληνας/Ελληνίδα πολίτης', en: 'Greek citizen' } },
        {
          value: 'eu_eea_swiss',
          label: { el: 'Πολίτης ΕΕ/ΕΟΧ/Ελβετίας', en: 'EU/EEA/Swiss citizen' },
        },
        {
          value: 'refugee_or_stateless',
          label: { el: 'Πρόσφυγας ή ανιθαγενής', en: 'Refugee or stateless person' },
        },
        {
          value: 'third_country_permanent',
          label: {
            el: 'Πολίτης τρίτης χώρας με άδεια μόνιμης διαμονής',
            en: 'Third-country national with permanent residence',
          },
        },
        {
          value: 'third_country_other',
          label: {
            el: 'Πολίτης τρίτης χώρας με άλλη άδεια',
            en: 'Third-country national, other permit',
          },
        },
      ],
    },
  ),
  q(
    'residenceYears',
    'number',
    'Πόσα χρόνια ζείτε συνεχώς στην Ελλάδα;',
    'For how many years have you lived in Greece without interruption?',
    { min: 0, max: 120 },
  ),
  q('residesInMunicipality', 'boolean', 'Μένετε στον Δήμο;', 'Do you live in the municipality?'),
  q(
    'householdYearlyIncome',
    'money',
    'Συνολικό ετήσιο εισόδημα του νοικοκυριού (€)',
    'Total yearly income of the household (€)',
    {
      help: {
        el: 'Όπως στο εκκαθαριστικό της εφορίας, για όλα τα μέλη.',
        en: 'As on the tax assessment, for all members.',
      },
      min: 0,
    },
  ),
  q(
    'incomeLast6Months',
    'money',
    'Εισόδημα του νοικοκυριού τους τελευταίους 6 μήνες (€)',
    'Household income over the last 6 months (€)',
    { min: 0 },
  ),
  q('realEstateValue', 'money', 'Αξία ακινήτων (ΕΝΦΙΑ, €)', 'Value of real estate (ENFIA, €)', {
    min: 0,
  }),
  q('deposits', 'money', 'Καταθέσεις όλων των μελών (€)', 'Bank deposits of all members (€)', {
    min: 0,
  }),
  q('vehiclesValue', 'money', 'Αξία οχημάτων (€)', 'Value of vehicles (€)', { min: 0 }),
  q(
    'yearlyRent',
    'money',
    'Ετήσιο ενοίκιο κύριας κατοικίας (€, 0 αν δεν πληρώνετε)',
    'Yearly rent of your home (€, 0 if you pay none)',
    { min: 0 },
  ),
  q(
    'hasElectronicLease',
    'boolean',
    'Υπάρχει ηλεκτρονικό μισθωτήριο στην ΑΑΔΕ;',
    'Is the lease registered electronically with AADE?',
  ),
  q(
    'disabilityPercentMax',
    'number',
    'Το μεγαλύτερο ποσοστό αναπηρίας (ΚΕΠΑ) στο νοικοκυριό',
    'The highest disability percentage (KEPA) in the household',
    {
      help: {
        el: '0 αν κανένα μέλος δεν έχει πιστοποίηση ΚΕΠΑ.',
        en: '0 if no member has a KEPA certificate.',
      },
      min: 0,
      max: 100,
    },
  ),
  q('disabilityKind', 'choice', 'Είδος αναπηρίας', 'Kind of disability', {
    options: [
      { value: 'mobility', label: { el: 'Κινητική', en: 'Mobility' } },
      { value: 'deafness', label: { el: 'Κώφωση', en: 'Deafness' } },
      { value: 'blindness', label: { el: 'Τύφλωση', en: 'Blindness' } },
      {
        value: 'intellectual_or_autism',
        label: { el: 'Νοητική υστέρηση ή αυτισμός', en: 'Intellectual disability or autism' },
      },
      {
        value: 'paraplegia',
        label: { el: 'Παραπληγία / τετραπληγία', en: 'Paraplegia / tetraplegia' },
      },
      { value: 'other', label: { el: 'Άλλη', en: 'Other' } },
    ],
  }),
  q(
    'lifeSupportDevice',
    'boolean',
    'Χρειάζεται κάποιο μέλος μηχανική υποστήριξη ζωής στο σπίτι;',
    'Does a member rely on a life-support device at home?',
  ),
  q(
    'insuredForPension',
    'boolean',
    'Είστε ασφαλισμένος/η για σύνταξη σε κάποιο ταμείο;',
    'Are you insured for a pension in any fund?',
  ),
  q(
    'monthlyPension',
    'money',
    'Σύνταξη ή επίδομα που λαμβάνετε ήδη τον μήνα (€)',
    'Pension or benefit you already receive per month (€)',
    { min: 0 },
  ),
  q(
    'largeFamily',
    'boolean',
    'Είστε αναγνωρισμένη πολύτεκνη οικογένεια;',
    'Are you a recognised large family?',
  ),
  q(
    'newbornOrder',
    'number',
    'Αν γεννήθηκε παιδί τους τελευταίους 3 μήνες, ποιο παιδί είναι στη σειρά; (0 αν όχι)',
    'If a child was born in the last 3 months, which child is it in order? (0 if none)',
    { min: 0, max: 20 },
  ),
  q(
    'motherInsuredAtBirth',
    'boolean',
    'Εργαζόταν η μητέρα (ή ήταν αυτοαπασχολούμενη) στη γέννηση;',
    'Was the mother employed or self-employed at the birth?',
  ),
  q('singleParent', 'boolean', 'Είστε μονογονεϊκή οικογένεια;', 'Are you a single-parent family?'),
];

const byId = new Map(questionCatalog.map((question, index) => [question.id, { question, index }]));

/**
 * The questions whose answers could still change a verdict (the `missing` of the `cannot_tell`
 * verdicts), in the catalog's order; empty when nothing more would change any verdict.
 */
export function questionsStillNeeded(verdicts: readonly Verdict[]): Question[] {
  const needed = new Set<string>();
  for (const verdict of verdicts) {
    if (verdict.status === 'cannot_tell') for (const id of verdict.missing) needed.add(id);
  }
  return [...needed]
    .map((id) => byId.get(id as AnswerKey))
    .filter((entry) => entry !== undefined)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.question);
}
