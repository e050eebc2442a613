import { documents } from './catalog-documents.js';
import type { CatalogEntry } from './catalog-types.js';

const kotAgency = {
  el: 'ΔΕΔΔΗΕ — Κοινωνικό Οικιακό Τιμολόγιο (αίτηση μέσω ΗΔΙΚΑ)',
  en: 'HEDNO — Social Residential Tariff (application through IDIKA)',
};
const kotHow = {
  el: 'Ηλεκτρονικά στο idika.gr/kot με κωδικούς TAXISnet, με τον αριθμό παροχής από τον λογαριασμό ρεύματος. Το Κέντρο Κοινότητας μπορεί να βοηθήσει.',
  en: 'Online at idika.gr/kot with TAXISnet codes and the supply number from your electricity bill. The Community Center can help.',
};
const kotWindow = {
  el: 'Κάθε χρόνο, μέχρι την προθεσμία που ανακοινώνεται (το 2025: 22 Σεπτεμβρίου).',
  en: 'Every year, by the announced deadline (in 2025: 22 September).',
};
const kotRenewal = {
  el: 'Νέα αίτηση κάθε χρόνο· όποιος δεν την κάνει βγαίνει αυτόματα από το τιμολόγιο.',
  en: 'A new application every year; anyone who does not re-apply is removed automatically.',
};
const kotLegal = {
  title: 'ΚΥΑ Κοινωνικού Οικιακού Τιμολογίου (ΥΠΕΝ)',
  url: 'https://www.idika.gr/kot',
};
const kotDocs = documents('id_card', 'e1_tax_return', 'utility_bill');

const disabilityAgency = { el: 'ΟΠΕΚΑ', en: 'OPEKA' };
const disabilityWho = {
  el: 'Όποιος έχει γνωμάτευση αναπηρίας από ΚΕΠΑ σε ισχύ, με το ποσοστό που ζητά το επίδομα.',
  en: 'Anyone with a valid KEPA disability certificate showing the percentage the benefit requires.',
};
const disabilityHow = {
  el: 'Στο Κέντρο Κοινότητας ή σε περιφερειακή διεύθυνση του ΟΠΕΚΑ, αφού βγει η γνωμάτευση του ΚΕΠΑ.',
  en: 'At the Community Center or an OPEKA regional office, once the KEPA certificate is issued.',
};
const disabilityRenewal = {
  el: 'Ισχύει όσο ισχύει η γνωμάτευση του ΚΕΠΑ· πριν λήξει χρειάζεται νέα αξιολόγηση.',
  en: 'Valid as long as the KEPA certificate; a new assessment is needed before it expires.',
};
const disabilityDocs = documents('id_card', 'kepa_decision', 'iban');
const disabilityLegal = {
  title: 'Προνοιακά επιδόματα αναπηρίας ΟΠΕΚΑ',
  url: 'https://www.opeka.gr/',
};
const disabilityNote = {
  el: 'Τα ποσά αυξήθηκαν 8% από 1.5.2023· επιβεβαιώστε την ακριβή νομική βάση κάθε επιδόματος.',
  en: 'Amounts rose 8% from 1 May 2023; confirm the exact legal basis of each benefit.',
};

export const energyAndTax: CatalogEntry[] = [
  {
    code: 'kot_a',
    name: { el: 'Κοινωνικό Οικιακό Τιμολόγιο — ΚΟΤ Α', en: 'Social electricity tariff — KOT A' },
    description: {
      el: 'Μεγάλη έκπτωση στον λογαριασμό ρεύματος για νοικοκυριά που παίρνουν Ελάχιστο Εγγυημένο Εισόδημα.',
      en: 'A large discount on the electricity bill for households that receive the Minimum Guaranteed Income.',
    },
    agency: kotAgency,
    kind: 'national',
    whoMayApply: {
      el: 'Ο δικαιούχος του ΕΕΕ, για το ρεύμα της κύριας κατοικίας.',
      en: 'The Minimum Guaranteed Income recipient, for the electricity of the main home.',
    },
    documents: kotDocs,
    howToApply: kotHow,
    platformUrl: 'https://www.idika.gr/kot',
    applicationWindow: kotWindow,
    renewal: kotRenewal,
    renewalMonths: 12,
    legalBasis: kotLegal,
    staffNotes: null,
    legalBasisVerified: false,
    sourceRefs: ['S52', 'S53'],
  },
  {
    code: 'kot_b',
    name: { el: 'Κοινωνικό Οικιακό Τιμολόγιο — ΚΟΤ Β', en: 'Social electricity tariff — KOT B' },
    description: {
      el: 'Έκπτωση στον λογαριασμό ρεύματος για νοικοκυριά με χαμηλό εισόδημα. Τα όρια είναι πιο ψηλά αν κάποιος έχει αναπηρία ή χρειάζεται μηχάνημα υποστήριξης ζωής.',
      en: 'A discount on the electricity bill for low-income households. The limits are higher if someone has a disability or needs a life-support device.',
    },
    agency: kotAgency,
    kind: 'national',
    whoMayApply: {
      el: 'Ο κάτοχος του λογαριασμού ρεύματος της κύριας κατοικίας, αν το εισόδημα και η περιουσία του νοικοκυριού είναι κάτω από τα όρια.',
      en: 'The holder of the main home’s electricity account, if the household’s income and assets are under the limits.',
    },
    documents: documents(
      'id_card',
      'e1_tax_return',
      'utility_bill',
      'kepa_decision',
      'medical_report',
    ),
    howToApply: kotHow,
    platformUrl: 'https://www.idika.gr/kot',
    applicationWindow: kotWindow,
    renewal: kotRenewal,
    renewalMonths: 12,
    legalBasis: kotLegal,
    staffNotes: {
      el: 'Οι πηγές διαφωνούν για τα όρια νοικοκυριών 4+ ατόμων.',
      en: 'Sources differ on the limits for households of 4 or more.',
    },
    legalBasisVerified: false,
    sourceRefs: ['S52', 'S54', 'S55'],
  },
  {
    code: 'kot_c',
    name: { el: 'Κοινωνικό Οικιακό Τιμολόγιο — ΚΟΤ Γ', en: 'Social electricity tariff — KOT C' },
    description: {
      el: 'Έκπτωση στον λογαριασμό ρεύματος για πολύτεκνες οικογένειες.',
      en: 'A discount on the electricity bill for large families.',
    },
    agency: kotAgency,
    kind: 'national',
    whoMayApply: {
      el: 'Πολύτεκνες οικογένειες, για το ρεύμα της κύριας κατοικίας.',
      en: 'Recognised large families, for the electricity of the main home.',
    },
    documents: documents('id_card', 'e1_tax_return', 'utility_bill', 'large_family_certificate'),
    howToApply: kotHow,
    platformUrl: 'https://www.idika.gr/kot',
    applicationWindow: kotWindow,
    renewal: kotRenewal,
    renewalMonths: 12,
    legalBasis: kotLegal,
    staffNotes: null,
    legalBasisVerified: false,
    sourceRefs: ['S52'],
  },
  {
    code: 'heating_allowance',
    name: { el: 'Επίδομα θέρμανσης', en: 'Heating allowance' },
    description: {
      el: 'Βοήθεια για το κόστος θέρμανσης της κύριας κατοικίας τον χειμώνα, μεγαλύτερη στις κρύες περιοχές.',
      en: 'Help with the cost of heating your main home in winter, higher in cold areas.',
    },
    agency: { el: 'ΑΑΔΕ', en: 'AADE (Independent Authority for Public Revenue)' },
    kind: 'national',
    whoMayApply: {
      el: 'Όποιος ζεσταίνει την κύρια κατοικία του (ιδιοκτήτης ή ενοικιαστής) και έχει εισόδημα και περιουσία κάτω από τα όρια.',
      en: 'Anyone who heats their main home (owner or tenant) with income and assets under the limits.',
    },
    documents: documents('id_card', 'e1_tax_return', 'e9_property', 'utility_bill', 'iban'),
    howToApply: {
      el: 'Ηλεκτρονικά στην πλατφόρμα myΘέρμανση της ΑΑΔΕ με κωδικούς TAXISnet. Το Κέντρο Κοινότητας μπορεί να βοηθήσει.',
      en: 'Online on AADE’s myThermansi platform with TAXISnet codes. The Community Center can help.',
    },
    platformUrl: 'https://www.aade.gr/',
    applicationWindow: {
      el: 'Κάθε φθινόπωρο (για 2025–26: 10 Νοεμβρίου – 5 Δεκεμβρίου 2025).',
      en: 'Every autumn (for 2025–26: 10 November – 5 December 2025).',
    },
    renewal: { el: 'Νέα αίτηση κάθε χειμώνα.', en: 'A new application every winter.' },
    renewalMonths: 12,
    legalBasis: { title: 'ΚΥΑ επιδόματος θέρμανσης (ΑΑΔΕ)' },
    staffNotes: {
      el: 'Το 60% πληρώνεται πριν τα Χριστούγεννα, το υπόλοιπο έως τον Μάιο. Το ποσό ανά παιδί στο όριο εισοδήματος θέλει επιβεβαίωση.',
      en: '60% is paid before Christmas, the rest by May. The per-child addition to the income limit needs confirming.',
    },
    legalBasisVerified: false,
    sourceRefs: ['S57', 'S58', 'S59'],
  },
];

function disabilityEntry(
  code: CatalogEntry['code'],
  name: CatalogEntry['name'],
  description: CatalogEntry['description'],
  sourceRefs: string[],
  legalBasis: CatalogEntry['legalBasis'] = disabilityLegal,
): CatalogEntry {
  return {
    code,
    name,
    description,
    agency: disabilityAgency,
    kind: 'national',
    whoMayApply: disabilityWho,
    documents: disabilityDocs,
    howToApply: disabilityHow,
    platformUrl: null,
    applicationWindow: { el: 'Όλο τον χρόνο.', en: 'All year round.' },
    renewal: disabilityRenewal,
    renewalMonths: null,
    legalBasis,
    staffNotes: disabilityNote,
    legalBasisVerified: legalBasis !== disabilityLegal,
    sourceRefs,
  };
}

export const disabilityBenefits: CatalogEntry[] = [
  disabilityEntry(
    'disability_severe',
    { el: 'Επίδομα βαριάς αναπηρίας', en: 'Severe disability benefit' },
    {
      el: 'Μηνιαίο επίδομα για άτομα με αναπηρία 67% και πάνω που δεν έχουν άλλη ασφάλιση ή σύνταξη.',
      en: 'A monthly benefit for people with a disability of 67% or more who have no other insurance or pension.',
    },
    ['S12', 'S46', 'S47'],
  ),
  disabilityEntry(
    'disability_intellectual',
    {
      el: 'Επίδομα νοητικής υστέρησης ή αυτισμού',
      en: 'Intellectual disability or autism benefit',
    },
    {
      el: 'Μηνιαίο επίδομα για άτομα με νοητική υστέρηση ή αυτισμό με ποσοστό 80% και πάνω.',
      en: 'A monthly benefit for people with an intellectual disability or autism of 80% or more.',
    },
    ['S12', 'S46', 'S47'],
  ),
  disabilityEntry(
    'disability_deafness',
    { el: 'Επίδομα κώφωσης', en: 'Deafness benefit' },
    {
      el: 'Μηνιαίο επίδομα για άτομα με κώφωση 67% και πάνω, σε κάθε ηλικία. Δίνεται και μαζί με άλλα επιδόματα.',
      en: 'A monthly benefit for deaf people with 67% or more, at any age. It can be paid on top of other benefits.',
    },
    ['S12', 'S48'],
    { title: 'ΚΥΑ 6133/30.04.2025 (ΦΕΚ Β’ 2086/2025)' },
  ),
  disabilityEntry(
    'disability_mobility',
    { el: 'Επίδομα κίνησης', en: 'Mobility allowance' },
    {
      el: 'Μηνιαίο επίδομα για άτομα με κινητική αναπηρία, για τα έξοδα μετακίνησης.',
      en: 'A monthly allowance for people with a mobility disability, towards the cost of getting around.',
    },
    ['S12', 'S46', 'S47'],
  ),
];
