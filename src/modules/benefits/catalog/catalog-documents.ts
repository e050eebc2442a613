import type { Localized } from '../rules/types.js';
import type { CatalogDocument, DocumentCode } from './catalog-types.js';

/** Plain-language names of the documents, as a resident would recognise them. */
export const documentLabels: Record<DocumentCode, Localized> = {
  id_card: { el: 'Αστυνομική ταυτότητα ή διαβατήριο', en: 'Identity card or passport' },
  residence_permit: {
    el: 'Άδεια διαμονής (για πολίτες εκτός ΕΕ)',
    en: 'Residence permit (for non-EU citizens)',
  },
  e1_tax_return: { el: 'Φορολογική δήλωση (Ε1)', en: 'Tax return (form E1)' },
  tax_assessment: {
    el: 'Εκκαθαριστικό σημείωμα της εφορίας',
    en: 'Tax assessment notice (ekkatharistiko)',
  },
  e9_property: { el: 'Δήλωση ακινήτων (Ε9)', en: 'Property declaration (form E9)' },
  lease: {
    el: 'Μισθωτήριο (ηλεκτρονικό, από την ΑΑΔΕ)',
    en: 'Rental contract (electronic, registered with AADE)',
  },
  utility_bill: {
    el: 'Λογαριασμός ρεύματος, νερού ή τηλεφώνου',
    en: 'Electricity, water or phone bill',
  },
  iban: { el: 'Αριθμός λογαριασμού τράπεζας (IBAN)', en: 'Bank account number (IBAN)' },
  consent_forms: {
    el: 'Έντυπα συναίνεσης όλων των ενηλίκων του νοικοκυριού',
    en: 'Consent forms signed by every adult in the household',
  },
  dypa_card: { el: 'Κάρτα ανεργίας ΔΥΠΑ (αν υπάρχει)', en: 'DYPA unemployment card (if any)' },
  birth_registration: {
    el: 'Ληξιαρχική πράξη γέννησης',
    en: 'Birth registration certificate',
  },
  family_status_certificate: {
    el: 'Πιστοποιητικό οικογενειακής κατάστασης',
    en: 'Family status certificate',
  },
  kepa_decision: {
    el: 'Γνωμάτευση αναπηρίας ΚΕΠΑ σε ισχύ',
    en: 'Valid disability certificate from KEPA',
  },
  medical_report: {
    el: 'Ιατρική βεβαίωση ή γνωμάτευση',
    en: 'Doctor’s certificate or report',
  },
  school_certificate: {
    el: 'Βεβαίωση σπουδών (για παιδιά που σπουδάζουν)',
    en: 'Certificate of studies (for children who study)',
  },
  employment_certificate: {
    el: 'Βεβαίωση εργασίας ή έναρξης επαγγέλματος',
    en: 'Proof of employment or self-employment',
  },
  large_family_certificate: {
    el: 'Πιστοποιητικό πολυτεκνίας',
    en: 'Large-family certificate',
  },
  pension_statement: {
    el: 'Βεβαίωση σύνταξης ή επιδόματος (αν παίρνετε)',
    en: 'Statement of any pension or benefit you receive',
  },
  homogeneis_id: {
    el: 'Ειδικό Δελτίο Ταυτότητας Ομογενούς',
    en: 'Special identity card for ethnic Greeks (omogeneis)',
  },
};

export function documents(...codes: DocumentCode[]): CatalogDocument[] {
  return codes.map((code) => ({ code, label: documentLabels[code] }));
}
