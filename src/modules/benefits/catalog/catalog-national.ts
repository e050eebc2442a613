import { documents } from './catalog-documents.js';
import type { CatalogEntry } from './catalog-types.js';

const opeka = { el: 'ΟΠΕΚΑ (αίτηση μέσω ΗΔΙΚΑ)', en: 'OPEKA (application through IDIKA)' };
const taxisnet = {
  el: 'Ηλεκτρονικά με τους κωδικούς TAXISnet. Αν δεν έχετε κωδικούς ή υπολογιστή, το Κέντρο Κοινότητας σας βοηθά να κάνετε την αίτηση.',
  en: 'Online with your TAXISnet codes. If you have no codes or computer, the Community Center helps you apply.',
};

export const nationalIncomeSupport: CatalogEntry[] = [
  {
    code: 'eee',
    name: { el: 'Ελάχιστο Εγγυημένο Εισόδημα (ΕΕΕ)', en: 'Minimum Guaranteed Income (EEE)' },
    description: {
      el: 'Μηνιαία ενίσχυση για νοικοκυριά με πολύ χαμηλό εισόδημα, μαζί με πρόσβαση σε κοινωνικές υπηρεσίες και προγράμματα εργασίας.',
      en: 'A monthly payment for households with very low income, together with access to social services and job programmes.',
    },
    agency: opeka,
    kind: 'national',
    whoMayApply: {
      el: 'Ένας ενήλικας για όλο το νοικοκυριό, που μένει νόμιμα στην Ελλάδα. Το εισόδημα και η περιουσία όλου του νοικοκυριού πρέπει να είναι κάτω από τα όρια.',
      en: 'One adult on behalf of the whole household, living legally in Greece. The income and assets of the whole household must be under the limits.',
    },
    documents: documents(
      'id_card',
      'e1_tax_return',
      'iban',
      'utility_bill',
      'lease',
      'e9_property',
      'dypa_card',
      'consent_forms',
    ),
    howToApply: taxisnet,
    platformUrl:
      'https://www.gov.gr/ipiresies/polites-kai-kathemerinoteta/kinonike-asphalise-kai-pronoia/elakhisto-enguemeno-eisodema',
    applicationWindow: { el: 'Όλο τον χρόνο.', en: 'All year round.' },
    renewal: {
      el: 'Νέα αίτηση κάθε 6 μήνες.',
      en: 'A new application every 6 months.',
    },
    renewalMonths: 6,
    legalBasis: {
      title: 'ν.4389/2016 άρθρο 235· ν.4756/2020',
      url: 'https://www.opeka.gr/elachisto-engyimeno-eisodima/nomothesia/',
    },
    staffNotes: {
      el: 'Κάθε ενήλικας του νοικοκυριού υπογράφει συναίνεση πριν υποβληθεί η αίτηση. Ο κύκλος ανανέωσης των 6 μηνών θέλει επιβεβαίωση.',
      en: 'Every adult of the household must give consent before the application is submitted. The 6-month renewal cycle needs confirming.',
    },
    legalBasisVerified: true,
    sourceRefs: ['S22', 'S24', 'S26'],
  },
  {
    code: 'child_benefit',
    name: { el: 'Επίδομα παιδιού (Α21)', en: 'Child benefit (A21)' },
    description: {
      el: 'Επίδομα για οικογένειες με παιδιά, ανάλογα με το εισόδημα. Πληρώνεται σε 6 δόσεις τον χρόνο.',
      en: 'A benefit for families with children, depending on income. Paid in 6 instalments a year.',
    },
    agency: opeka,
    kind: 'national',
    whoMayApply: {
      el: 'Ένας γονέας με εξαρτώμενα παιδιά: Έλληνες, πολίτες ΕΕ/ΕΟΧ/Ελβετίας, πρόσφυγες, ανιθαγενείς και πολίτες άλλων χωρών με νόμιμη και μόνιμη διαμονή.',
      en: 'A parent with dependent children: Greek, EU/EEA/Swiss citizens, refugees, stateless persons and other nationals with legal and permanent residence.',
    },
    documents: documents(
      'id_card',
      'residence_permit',
      'e1_tax_return',
      'tax_assessment',
      'school_certificate',
      'iban',
    ),
    howToApply: taxisnet,
    platformUrl: 'https://www.idika.gr/',
    applicationWindow: {
      el: 'Μία φορά τον χρόνο, όταν ανοίξει η πλατφόρμα (το 2026 άνοιξε στις 27 Φεβρουαρίου).',
      en: 'Once a year, when the platform opens (in 2026 it opened on 27 February).',
    },
    renewal: { el: 'Νέα αίτηση κάθε χρόνο.', en: 'A new application every year.' },
    renewalMonths: 12,
    legalBasis: { title: 'ν.4512/2018 άρθρο 214' },
    staffNotes: {
      el: 'Από την 3η δόση χρησιμοποιείται το εισόδημα του νέου φορολογικού έτους. Το επίδομα είναι ακατάσχετο.',
      en: 'From the 3rd instalment the new tax year’s income is used. The benefit cannot be seized.',
    },
    legalBasisVerified: true,
    sourceRefs: ['S27', 'S30', 'S31', 'S32', 'S33'],
  },
  {
    code: 'housing_benefit',
    name: { el: 'Επίδομα στέγασης', en: 'Housing benefit' },
    description: {
      el: 'Μηνιαία βοήθεια για το ενοίκιο της κύριας κατοικίας, για νοικοκυριά με χαμηλό εισόδημα.',
      en: 'Monthly help with the rent of your main home, for households with low income.',
    },
    agency: opeka,
    kind: 'national',
    whoMayApply: {
      el: 'Ένας ενήλικας για το νοικοκυριό που νοικιάζει την κύρια κατοικία με ηλεκτρονικό μισθωτήριο και μένει χρόνια νόμιμα στην Ελλάδα.',
      en: 'One adult for a household that rents its main home with an electronic lease and has lived legally in Greece for years.',
    },
    documents: documents('id_card', 'residence_permit', 'e1_tax_return', 'lease', 'iban'),
    howToApply: taxisnet,
    platformUrl: 'https://www.idika.gr/',
    applicationWindow: { el: 'Όλο τον χρόνο.', en: 'All year round.' },
    renewal: {
      el: 'Νέα αίτηση κάθε χρόνο και όταν αλλάζει το μισθωτήριο.',
      en: 'A new application every year and whenever the lease changes.',
    },
    renewalMonths: 12,
    legalBasis: { title: 'ν.4472/2017 άρθρο 5' },
    staffNotes: {
      el: 'Τα όρια περιουσίας και η απαίτηση 5ετούς διαμονής θέλουν επιβεβαίωση.',
      en: 'The asset limits and the 5-year residence requirement need confirming.',
    },
    legalBasisVerified: false,
    sourceRefs: ['S35', 'S36'],
  },
  {
    code: 'birth_benefit',
    name: { el: 'Επίδομα γέννησης', en: 'Birth benefit' },
    description: {
      el: 'Εφάπαξ ποσό για κάθε παιδί που γεννιέται, σε 2 δόσεις.',
      en: 'A one-off payment for each child born, in 2 instalments.',
    },
    agency: opeka,
    kind: 'national',
    whoMayApply: {
      el: 'Η μητέρα που μένει νόμιμα και μόνιμα στην Ελλάδα, για παιδιά που γεννήθηκαν από 1.1.2023.',
      en: 'The mother, living legally and permanently in Greece, for children born from 1 January 2023.',
    },
    documents: documents('id_card', 'residence_permit', 'birth_registration', 'iban'),
    howToApply: {
      el: 'Στο μαιευτήριο μαζί με τη δήλωση γέννησης, ή ηλεκτρονικά στον ΟΠΕΚΑ με κωδικούς TAXISnet.',
      en: 'At the maternity clinic when you register the birth, or online with OPEKA using TAXISnet codes.',
    },
    platformUrl: 'https://www.opeka.gr/',
    applicationWindow: {
      el: 'Μέσα σε 3 μήνες από τη γέννηση.',
      en: 'Within 3 months of the birth.',
    },
    renewal: null,
    renewalMonths: null,
    legalBasis: { title: 'ν.5092/2024 άρθρα 29–32' },
    staffNotes: null,
    legalBasisVerified: true,
    sourceRefs: ['S37', 'S38', 'S39'],
  },
  {
    code: 'uninsured_elderly',
    name: {
      el: 'Σύνταξη ανασφάλιστων υπερηλίκων',
      en: 'Pension for uninsured older people',
    },
    description: {
      el: 'Μηνιαία σύνταξη για ανθρώπους 67 ετών και άνω που δεν έχουν σύνταξη ή έχουν πολύ μικρή.',
      en: 'A monthly pension for people aged 67 and over who have no pension or a very small one.',
    },
    agency: { el: 'ΟΠΕΚΑ', en: 'OPEKA' },
    kind: 'national',
    whoMayApply: {
      el: 'Όσοι είναι 67 ετών και άνω, ζουν στην Ελλάδα πολλά χρόνια συνεχώς και δεν παίρνουν σύνταξη ή επίδομα πάνω από το ποσό. Οι ομογενείς από την Αλβανία κάνουν αίτηση ηλεκτρονικά.',
      en: 'People aged 67 and over who have lived in Greece for many years in a row and receive no pension or benefit above the amount. Ethnic Greeks from Albania apply online.',
    },
    documents: documents(
      'id_card',
      'residence_permit',
      'homogeneis_id',
      'e1_tax_return',
      'e9_property',
      'pension_statement',
      'iban',
    ),
    howToApply: {
      el: 'Στο Κέντρο Κοινότητας, που στέλνει την αίτηση στον ΟΠΕΚΑ.',
      en: 'At the Community Center, which forwards the application to OPEKA.',
    },
    platformUrl: null,
    applicationWindow: { el: 'Όλο τον χρόνο.', en: 'All year round.' },
    renewal: null,
    renewalMonths: null,
    legalBasis: { title: 'ν.4387/2016 άρθρο 93' },
    staffNotes: {
      el: 'Διαμονή 15 ετών συνεχώς πριν την αίτηση, ή 15 ετών μεταξύ 17 και 67 με τα τελευταία 10. Τα κριτήρια εισοδήματος/περιουσίας θέλουν επιβεβαίωση.',
      en: 'Residence of 15 continuous years before applying, or 15 years between ages 17 and 67 including the last 10. Income/asset tests need confirming.',
    },
    legalBasisVerified: true,
    sourceRefs: ['S14', 'S40', 'S41', 'S43', 'S44'],
  },
  {
    code: 'maternity_dypa',
    name: {
      el: 'Ειδική παροχή προστασίας μητρότητας (ΔΥΠΑ)',
      en: 'Special maternity protection allowance (DYPA)',
    },
    description: {
      el: 'Μηνιαίο ποσό για 9 μήνες μετά την άδεια μητρότητας, για μητέρες που εργάζονται ή έχουν δική τους δουλειά.',
      en: 'A monthly payment for 9 months after maternity leave, for mothers who are employed or self-employed.',
    },
    agency: { el: 'ΔΥΠΑ', en: 'DYPA (Public Employment Service)' },
    kind: 'national',
    whoMayApply: {
      el: 'Μισθωτές μητέρες και, για γεννήσεις από 24.9.2023, αυτοαπασχολούμενες και αγρότισσες χωρίς οφειλές στον e-ΕΦΚΑ.',
      en: 'Employed mothers and, for births from 24 September 2023, self-employed and farming mothers with no debts to e-EFKA.',
    },
    documents: documents('id_card', 'birth_registration', 'employment_certificate', 'iban'),
    howToApply: {
      el: 'Ηλεκτρονικά στην πλατφόρμα της ΔΥΠΑ με κωδικούς TAXISnet, μετά την άδεια μητρότητας του e-ΕΦΚΑ.',
      en: 'Online on the DYPA platform with TAXISnet codes, after the e-EFKA maternity leave.',
    },
    platformUrl: 'https://parentalbenefits.dypa.gov.gr/',
    applicationWindow: {
      el: 'Μετά το τέλος της άδειας μητρότητας των 14 εβδομάδων.',
      en: 'After the 14-week maternity leave ends.',
    },
    renewal: null,
    renewalMonths: null,
    legalBasis: {
      title: 'ΔΥΠΑ — Ειδική παροχή προστασίας μητρότητας',
      url: 'https://parentalbenefits.dypa.gov.gr/',
    },
    staffNotes: {
      el: 'Συμπληρώστε το άρθρο νόμου μόλις επιβεβαιωθεί.',
      en: 'Add the statutory article once confirmed.',
    },
    legalBasisVerified: false,
    sourceRefs: ['S49', 'S50', 'S51'],
  },
];
