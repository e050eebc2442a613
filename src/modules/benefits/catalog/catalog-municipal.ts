import { documents } from './catalog-documents.js';
import type { CatalogEntry } from './catalog-types.js';

const municipality = {
  el: 'Ο Δήμος (Κέντρο Κοινότητας)',
  en: 'The Municipality (Community Center)',
};
const atTheCenter = {
  el: 'Στο Κέντρο Κοινότητας: κλείστε ραντεβού και φέρτε τα δικαιολογητικά. Μια κοινωνική λειτουργός θα συζητήσει μαζί σας την κατάστασή σας.',
  en: 'At the Community Center: book an appointment and bring the documents. A social worker will talk with you about your situation.',
};
const regulation = (name: string) => ({ title: `Κανονισμός λειτουργίας ${name} του Δήμου` });
const incomeDocs = documents(
  'id_card',
  'residence_permit',
  'e1_tax_return',
  'tax_assessment',
  'e9_property',
  'family_status_certificate',
  'utility_bill',
  'kepa_decision',
);
const criteriaNote = {
  el: 'Τα κριτήρια τα ορίζει ο κανονισμός του Δήμου· ρυθμίζονται στις ρυθμίσεις του Κέντρου.',
  en: 'The criteria are set by the Municipality’s regulation; configure them in the Center’s settings.',
};

export const municipalPrograms: CatalogEntry[] = [
  {
    code: 'social_grocery',
    name: { el: 'Κοινωνικό Παντοπωλείο', en: 'Social grocery' },
    description: {
      el: 'Δωρεάν τρόφιμα και είδη πρώτης ανάγκης κάθε μήνα για νοικοκυριά με χαμηλό εισόδημα.',
      en: 'Free food and basic household goods every month for low-income households.',
    },
    agency: municipality,
    kind: 'municipal',
    whoMayApply: {
      el: 'Κάτοικοι του Δήμου (Έλληνες, ομογενείς, νόμιμα διαμένοντες αλλοδαποί) με εισόδημα κάτω από το όριο του Δήμου.',
      en: 'Residents of the Municipality (Greek, ethnic Greeks, legally resident foreigners) with income under the Municipality’s limit.',
    },
    documents: incomeDocs,
    howToApply: atTheCenter,
    platformUrl: null,
    applicationWindow: {
      el: 'Όλο τον χρόνο, ή όταν ο Δήμος ανοίξει πρόσκληση.',
      en: 'All year round, or when the Municipality opens a call.',
    },
    renewal: {
      el: 'Η ένταξη ισχύει 12 μήνες· μετά χρειάζεται νέα αίτηση.',
      en: 'Membership lasts 12 months; then a new application is needed.',
    },
    renewalMonths: 12,
    legalBasis: regulation('Κοινωνικού Παντοπωλείου'),
    staffNotes: {
      el: 'Απαιτείται κοινωνική έρευνα από κοινωνική λειτουργό. Συχνά χρηματοδοτείται από το ΕΚΤ («Δομή Παροχής Βασικών Αγαθών»).',
      en: 'A social worker’s social survey is required. Often funded by the ESF ("basic goods structure").',
    },
    legalBasisVerified: false,
    sourceRefs: ['S60', 'S61', 'S62'],
  },
  {
    code: 'social_pharmacy',
    name: { el: 'Κοινωνικό Φαρμακείο', en: 'Social pharmacy' },
    description: {
      el: 'Δωρεάν φάρμακα και υγειονομικό υλικό για ανθρώπους με χαμηλό εισόδημα ή χωρίς ασφάλιση.',
      en: 'Free medicines and medical supplies for people with low income or no health insurance.',
    },
    agency: municipality,
    kind: 'municipal',
    whoMayApply: {
      el: 'Κάτοικοι του Δήμου με εισόδημα κάτω από το όριο του Δήμου, με ιατρική συνταγή.',
      en: 'Residents of the Municipality with income under the Municipality’s limit, with a prescription.',
    },
    documents: [...incomeDocs, ...documents('medical_report')],
    howToApply: atTheCenter,
    platformUrl: null,
    applicationWindow: { el: 'Όλο τον χρόνο.', en: 'All year round.' },
    renewal: {
      el: 'Η ένταξη ισχύει 12 μήνες· μετά χρειάζεται νέα αίτηση.',
      en: 'Membership lasts 12 months; then a new application is needed.',
    },
    renewalMonths: 12,
    legalBasis: regulation('Κοινωνικού Φαρμακείου'),
    staffNotes: criteriaNote,
    legalBasisVerified: false,
    sourceRefs: ['S60', 'S61'],
  },
  {
    code: 'help_at_home',
    name: { el: 'Βοήθεια στο Σπίτι', en: 'Help at Home' },
    description: {
      el: 'Επισκέψεις στο σπίτι από κοινωνική λειτουργό, νοσηλευτή και οικογενειακό βοηθό: φροντίδα, νοσηλεία, βοήθεια στο σπίτι, θελήματα, συνοδεία.',
      en: 'Home visits by a social worker, nurse and family helper: care, nursing, help around the house, errands, escort.',
    },
    agency: municipality,
    kind: 'municipal',
    whoMayApply: {
      el: 'Άτομα 65 ετών και άνω και άτομα με αναπηρία που δεν μπορούν να αυτοεξυπηρετηθούν πλήρως. Προτεραιότητα σε όσους ζουν μόνοι ή έχουν χαμηλό εισόδημα.',
      en: 'People aged 65 and over and people with disabilities who cannot fully look after themselves. Priority to those living alone or on low income.',
    },
    documents: documents('id_card', 'e1_tax_return', 'medical_report', 'kepa_decision'),
    howToApply: atTheCenter,
    platformUrl: null,
    applicationWindow: { el: 'Όλο τον χρόνο.', en: 'All year round.' },
    renewal: {
      el: 'Η ανάγκη επανεξετάζεται τακτικά από την ομάδα του προγράμματος.',
      en: 'The need is reviewed regularly by the programme team.',
    },
    renewalMonths: null,
    legalBasis: regulation('του προγράμματος «Βοήθεια στο Σπίτι»'),
    staffNotes: criteriaNote,
    legalBasisVerified: false,
    sourceRefs: ['S64', 'S65'],
  },
  {
    code: 'kapi',
    name: {
      el: 'ΚΑΠΗ (Κέντρο Ανοιχτής Προστασίας Ηλικιωμένων)',
      en: 'KAPI (open care centre for older people)',
    },
    description: {
      el: 'Χώρος για ανθρώπους 60+ με κοινωνική υπηρεσία, φυσικοθεραπεία, γιατρό, εκδρομές και ψυχαγωγία.',
      en: 'A place for people aged 60+ with social services, physiotherapy, a doctor, outings and activities.',
    },
    agency: municipality,
    kind: 'municipal',
    whoMayApply: {
      el: 'Κάτοικοι της περιοχής 60 ετών και άνω, με οποιοδήποτε εισόδημα.',
      en: 'Local residents aged 60 and over, whatever their income.',
    },
    documents: documents('id_card', 'utility_bill'),
    howToApply: {
      el: 'Στο ΚΑΠΗ της γειτονιάς σας ή στο Κέντρο Κοινότητας.',
      en: 'At your neighbourhood KAPI or at the Community Center.',
    },
    platformUrl: null,
    applicationWindow: { el: 'Όλο τον χρόνο.', en: 'All year round.' },
    renewal: {
      el: 'Ανανέωση μέλους κάθε χρόνο, με μικρή συνδρομή.',
      en: 'Membership is renewed every year, with a small fee.',
    },
    renewalMonths: 12,
    legalBasis: regulation('των ΚΑΠΗ'),
    staffNotes: criteriaNote,
    legalBasisVerified: false,
    sourceRefs: ['S66', 'S67'],
  },
  {
    code: 'childcare_vouchers',
    name: {
      el: 'Vouchers παιδικών σταθμών και ΚΔΑΠ (ΕΕΤΑΑ)',
      en: 'Vouchers for nurseries and after-school centres (EETAA)',
    },
    description: {
      el: 'Δωρεάν θέση σε παιδικό σταθμό, ΚΔΑΠ ή ΚΔΑΠ-ΜΕΑ για παιδιά οικογενειών που εργάζονται ή ψάχνουν εργασία.',
      en: 'A free place at a nursery, after-school centre (KDAP) or centre for children with disabilities (KDAP-MEA) for families who work or are looking for work.',
    },
    agency: { el: 'ΕΕΤΑΑ', en: 'EETAA (Hellenic Agency for Local Development)' },
    kind: 'municipal',
    whoMayApply: {
      el: 'Γονείς που εργάζονται, είναι αυτοαπασχολούμενοι ή εγγεγραμμένοι άνεργοι, με εισόδημα κάτω από τα όρια της πρόσκλησης.',
      en: 'Parents who are employed, self-employed or registered unemployed, with income under the limits of the call.',
    },
    documents: documents(
      'id_card',
      'e1_tax_return',
      'tax_assessment',
      'employment_certificate',
      'dypa_card',
      'family_status_certificate',
      'kepa_decision',
    ),
    howToApply: {
      el: 'Ηλεκτρονικά στο eetaa.gr με κωδικούς TAXISnet, με σειρά ανάλογα με το τελευταίο ψηφίο του ΑΦΜ. Το Κέντρο Κοινότητας μπορεί να βοηθήσει.',
      en: 'Online at eetaa.gr with TAXISnet codes, in turns by the last digit of your tax number. The Community Center can help.',
    },
    platformUrl: 'https://www.eetaa.gr/',
    applicationWindow: {
      el: 'Όταν ανοίξει η πρόσκληση (συνήθως καλοκαίρι, με 2η πρόσκληση το φθινόπωρο).',
      en: 'When the call opens (usually summer, with a second call in autumn).',
    },
    renewal: { el: 'Νέα αίτηση κάθε σχολική χρονιά.', en: 'A new application every school year.' },
    renewalMonths: 12,
    legalBasis: {
      title: 'ΚΥΑ προγράμματος «Εναρμόνιση οικογενειακής και επαγγελματικής ζωής» 2025–26 (ΕΣΠΑ)',
    },
    staffNotes: {
      el: 'Η ΚΥΑ 2025–26 ισχύει 2 χρόνια. Τα όρια εισοδήματος θέλουν επιβεβαίωση σε κάθε πρόσκληση.',
      en: 'The 2025–26 joint decision is valid for 2 years. Income limits need confirming at each call.',
    },
    legalBasisVerified: false,
    sourceRefs: ['S16', 'S68', 'S69'],
  },
  {
    code: 'food_aid',
    name: { el: 'Επισιτιστική βοήθεια (ΤΕΒΑ)', en: 'Food aid (TEVA / FEAD)' },
    description: {
      el: 'Τρόφιμα και βασικά αγαθά που μοιράζονται σε οικογένειες με χαμηλό εισόδημα μέσω της Κοινωνικής Σύμπραξης της περιοχής.',
      en: 'Food and basic goods handed out to low-income families through the area’s Social Partnership.',
    },
    agency: {
      el: 'Κοινωνική Σύμπραξη της Περιφερειακής Ενότητας (ΤΕΒΑ/ΕΚΤ+)',
      en: 'The regional unit’s Social Partnership (TEVA/ESF+)',
    },
    kind: 'municipal',
    whoMayApply: {
      el: 'Νοικοκυριά με εισόδημα και περιουσία κάτω από τα όρια του προγράμματος.',
      en: 'Households with income and assets under the programme’s limits.',
    },
    documents: documents(
      'id_card',
      'e1_tax_return',
      'tax_assessment',
      'e9_property',
      'family_status_certificate',
    ),
    howToApply: atTheCenter,
    platformUrl: null,
    applicationWindow: {
      el: 'Όταν ανακοινωθεί διανομή ή εγγραφή.',
      en: 'When a distribution or registration is announced.',
    },
    renewal: {
      el: 'Ανάλογα με τον κύκλο του προγράμματος.',
      en: 'Depends on the programme cycle.',
    },
    renewalMonths: null,
    legalBasis: { title: 'Πρόγραμμα ΤΕΒΑ/ΕΚΤ+ 2021–27 (Κοινωνικές Συμπράξεις)' },
    staffNotes: {
      el: 'Η ονομασία του προγράμματος 2021–27 και η αυτόματη σύνδεση με το ΕΕΕ θέλουν επιβεβαίωση.',
      en: 'The 2021–27 programme name and the automatic link with the EEE need confirming.',
    },
    legalBasisVerified: false,
    sourceRefs: ['S70'],
  },
];
