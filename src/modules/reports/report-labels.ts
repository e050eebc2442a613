import { catalogEntry } from '../benefits/catalog/catalog-data.js';
import { benefitCodes, type BenefitCode } from '../benefits/rules/types.js';
import type { Localized } from './report-types.js';

/**
 * Row labels of the reports in Greek and English. Reports keep their own copy of the other
 * modules' vocabularies: an export must read the same next year even if a screen's wording moves.
 */
type Labels = Record<string, Localized>;

export const axisLabels: Labels = {
  reception: { el: 'Υποδοχή και πληροφόρηση', en: 'Reception and information' },
  referral: { el: 'Παραπομπή', en: 'Referral' },
  cooperation: { el: 'Συνεργασία με υπηρεσίες', en: 'Cooperation with services' },
  living_standards: { el: 'Βιοτικό επίπεδο', en: 'Living standards' },
  benefits: { el: 'Παροχές', en: 'Benefits' },
  counseling: { el: 'Συμβουλευτική', en: 'Counseling' },
  events: { el: 'Δράσεις', en: 'Events' },
};

export const channelLabels: Labels = {
  in_person: { el: 'Αυτοπροσώπως', en: 'In person' },
  phone: { el: 'Τηλεφωνικά', en: 'By phone' },
  email: { el: 'Email', en: 'Email' },
  outreach: { el: 'Εξωστρέφεια (στο πεδίο)', en: 'Outreach' },
};

export const requestOutcomeLabels: Labels = {
  answered: { el: 'Απαντήθηκε', en: 'Answered' },
  referred: { el: 'Παραπέμφθηκε', en: 'Referred' },
  appointment_booked: { el: 'Κλείστηκε ραντεβού', en: 'Appointment booked' },
  case_opened: { el: 'Άνοιξε φάκελος', en: 'Case opened' },
};

export const caseOutcomeLabels: Labels = {
  goals_met: { el: 'Οι στόχοι επιτεύχθηκαν', en: 'Goals met' },
  partially_met: { el: 'Μερική επίτευξη', en: 'Partially met' },
  referred_elsewhere: { el: 'Παραπομπή αλλού', en: 'Referred elsewhere' },
  moved_away: { el: 'Μετακόμισε', en: 'Moved away' },
  withdrew: { el: 'Αποχώρησε', en: 'Withdrew' },
  no_contact: { el: 'Χωρίς επικοινωνία', en: 'No contact' },
  deceased: { el: 'Απεβίωσε', en: 'Deceased' },
  other: { el: 'Άλλο', en: 'Other' },
};

export const sessionKindLabels: Labels = {
  individual: { el: 'Ατομική', en: 'Individual' },
  family: { el: 'Οικογενειακή', en: 'Family' },
  group: { el: 'Ομαδική', en: 'Group' },
};

export const applicationStatusLabels: Labels = {
  planned: { el: 'Σχεδιασμένη', en: 'Planned' },
  collecting_documents: { el: 'Συλλογή δικαιολογητικών', en: 'Collecting documents' },
  submitted: { el: 'Υποβλήθηκε', en: 'Submitted' },
  approved: { el: 'Εγκρίθηκε', en: 'Approved' },
  rejected: { el: 'Απορρίφθηκε', en: 'Rejected' },
  appealed: { el: 'Ένσταση', en: 'Appealed' },
  renewal_due: { el: 'Για ανανέωση', en: 'Renewal due' },
  closed: { el: 'Κλειστή', en: 'Closed' },
};

export const applicationOutcomeLabels: Labels = {
  approved: { el: 'Εγκρίθηκε', en: 'Approved' },
  rejected: { el: 'Απορρίφθηκε', en: 'Rejected' },
  closed_after_decision: { el: 'Έκλεισε μετά την απόφαση', en: 'Closed after the decision' },
};

export const referralStatusLabels: Labels = {
  requested: { el: 'Στάλθηκε', en: 'Requested' },
  received: { el: 'Παραλήφθηκε', en: 'Received' },
  accepted: { el: 'Έγινε δεκτή', en: 'Accepted' },
  rejected: { el: 'Απορρίφθηκε', en: 'Rejected' },
  in_progress: { el: 'Σε εξέλιξη', en: 'In progress' },
  completed: { el: 'Ολοκληρώθηκε', en: 'Completed' },
  cancelled: { el: 'Ακυρώθηκε', en: 'Cancelled' },
};

export const appointmentStatusLabels: Labels = {
  booked: { el: 'Κλεισμένο', en: 'Booked' },
  checked_in: { el: 'Προσήλθε (σε εξέλιξη)', en: 'Checked in' },
  completed: { el: 'Πραγματοποιήθηκε', en: 'Completed' },
  no_show: { el: 'Δεν προσήλθε', en: 'No-show' },
  cancelled: { el: 'Ακυρώθηκε', en: 'Cancelled' },
};

export const genderLabels: Labels = {
  female: { el: 'Γυναίκες', en: 'Women' },
  male: { el: 'Άνδρες', en: 'Men' },
  other: { el: 'Άλλο', en: 'Other' },
  gender_unknown: { el: 'Φύλο άγνωστο', en: 'Gender unknown' },
};

export const ageBandLabels: Labels = {
  under_18: { el: 'Κάτω των 18', en: 'Under 18' },
  age_18_29: { el: '18–29', en: '18–29' },
  age_30_54: { el: '30–54', en: '30–54' },
  age_55_plus: { el: '55 και άνω', en: '55 and over' },
  unknown: { el: 'Άγνωστη ηλικία', en: 'Age unknown' },
};

export const employmentGroupLabels: Labels = {
  unemployed: { el: 'Άνεργοι (και μακροχρόνια)', en: 'Unemployed (incl. long-term)' },
  long_term_unemployed: { el: 'Μακροχρόνια άνεργοι', en: 'Long-term unemployed' },
  inactive: { el: 'Οικονομικά μη ενεργοί', en: 'Inactive' },
  employed: { el: 'Απασχολούμενοι (και αυτοαπασχολούμενοι)', en: 'Employed (incl. self-employed)' },
  unknown: { el: 'Άγνωστο', en: 'Unknown' },
};

export const educationBandLabels: Labels = {
  isced_0_2: { el: 'ISCED 0–2 (έως γυμνάσιο)', en: 'ISCED 0–2 (up to lower secondary)' },
  isced_3_4: { el: 'ISCED 3–4 (λύκειο, μεταλυκειακή)', en: 'ISCED 3–4 (upper/post-secondary)' },
  isced_5_8: { el: 'ISCED 5–8 (τριτοβάθμια)', en: 'ISCED 5–8 (tertiary)' },
  unknown: { el: 'Άγνωστο', en: 'Unknown' },
};

export const vulnerableGroupLabels: Labels = {
  disability: { el: 'Άτομα με αναπηρία', en: 'Persons with disabilities' },
  third_country_national: { el: 'Υπήκοοι τρίτων χωρών', en: 'Third-country nationals' },
  foreign_background: { el: 'Αλλοδαπής καταγωγής', en: 'Foreign background' },
  minority: { el: 'Μειονότητες (και Ρομά)', en: 'Minorities (incl. Roma)' },
  homeless: { el: 'Άστεγοι ή σε στεγαστικό αποκλεισμό', en: 'Homeless or in housing exclusion' },
  rural_area: { el: 'Κάτοικοι αγροτικών περιοχών', en: 'Living in rural areas' },
};

export const monthNames: Localized[] = [
  ['Ιαν', 'Jan'],
  ['Φεβ', 'Feb'],
  ['Μαρ', 'Mar'],
  ['Απρ', 'Apr'],
  ['Μαΐ', 'May'],
  ['Ιουν', 'Jun'],
  ['Ιουλ', 'Jul'],
  ['Αυγ', 'Aug'],
  ['Σεπ', 'Sep'],
  ['Οκτ', 'Oct'],
  ['Νοε', 'Nov'],
  ['Δεκ', 'Dec'],
].map(([el, en]) => ({ el: el ?? '', en: en ?? '' }));

/** 'YYYY-MM' → 'Μαρ 2026' / 'Mar 2026'. */
export function monthLabel(month: string): Localized {
  const name = monthNames[Number(month.slice(5, 7)) - 1] ?? { el: month, en: month };
  return { el: `${name.el} ${month.slice(0, 4)}`, en: `${name.en} ${month.slice(0, 4)}` };
}

export function benefitLabel(code: string): Localized {
  return (benefitCodes as readonly string[]).includes(code)
    ? catalogEntry(code as BenefitCode).name
    : { el: code, en: code };
}

export const benefitKeys: readonly string[] = benefitCodes;

export function same(text: string): Localized {
  return { el: text, en: text };
}
