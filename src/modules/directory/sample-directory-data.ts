import type { OrganizationEntry, ScheduleEntry, ServiceEntry } from './directory-model.js';
import type { Weekday } from './directory.vocabulary.js';

// Sample entries for a new Center (marked `sample`, shown as «Δείγμα / Sample data»): the usual
// structures a Community Center refers to (greece.md §1–§2). Telephone numbers and street
// addresses are deliberately left out: each Center fills in its local offices. Hours are typical
// examples, not any office's real timetable.

const FREE = [{ option: 'Δωρεάν', amount: 0, currency: 'EUR', amountDescription: null }];
const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

function hours(byday: Weekday[], opensAt: string, closesAt: string, note?: string): ScheduleEntry {
  return {
    id: `h-${byday.join('')}-${opensAt}`,
    byday,
    opensAt,
    closesAt,
    validFrom: null,
    validTo: null,
    description: note ?? null,
  };
}

const localOffice = {
  id: 'office',
  name: 'Τοπικό γραφείο (η διεύθυνση συμπληρώνεται από το Κέντρο)',
  description: null,
  transportation: null,
  address: null,
  latitude: null,
  longitude: null,
  phones: [],
};

function service(
  id: string,
  fields: Partial<ServiceEntry> & Pick<ServiceEntry, 'name' | 'description' | 'categories'>,
): ServiceEntry {
  return {
    id,
    alternateName: null,
    status: 'active',
    email: null,
    url: null,
    eligibilityDescription: null,
    feesDescription: null,
    applicationProcess: null,
    languages: ['el'],
    requiredDocuments: [],
    costOptions: FREE,
    shared: false,
    sample: true,
    serviceAtLocations: [{ id: `${id}-at-office`, locationId: 'office', description: null }],
    phones: [],
    contacts: [],
    schedules: [hours(WEEKDAYS, '08:00', '15:00')],
    ...fields,
  };
}

function organization(
  id: string,
  fields: Pick<OrganizationEntry, 'name' | 'alternateName' | 'description' | 'website'>,
  services: ServiceEntry[],
): OrganizationEntry {
  return {
    id,
    email: null,
    referralEmail: null,
    shared: false,
    sample: true,
    phones: [],
    contacts: [],
    locations: [localOffice],
    services,
    ...fields,
  };
}

const IDENTITY = 'Αστυνομική ταυτότητα ή διαβατήριο (ή άδεια διαμονής)';

export const sampleOrganizations: readonly OrganizationEntry[] = [
  organization(
    'kep',
    {
      name: 'Κέντρο Εξυπηρέτησης Πολιτών (ΚΕΠ)',
      alternateName: "Citizens' Service Centre (KEP)",
      description:
        'Το τοπικό ΚΕΠ του Δήμου: αιτήσεις και πιστοποιητικά του Δημοσίου σε ένα σημείο.',
      website: 'https://www.kep.gov.gr',
    },
    [
      service('kep-service', {
        name: 'Αιτήσεις και πιστοποιητικά στο ΚΕΠ',
        alternateName: 'Applications and certificates at KEP',
        description:
          'Έκδοση πιστοποιητικών (οικογενειακής κατάστασης, εγγυτέρων συγγενών), βεβαιώσεις, ' +
          'εξουσιοδοτήσεις και υποβολή αιτήσεων προς υπηρεσίες του Δημοσίου. Πολλές ' +
          'διαδικασίες γίνονται και ηλεκτρονικά στο gov.gr.',
        eligibilityDescription: 'Όλοι οι πολίτες, χωρίς προϋποθέσεις.',
        applicationProcess:
          'Προσέλευση με αριθμό προτεραιότητας ή ραντεβού, όπου το ΚΕΠ δίνει ραντεβού.',
        requiredDocuments: [IDENTITY, 'ΑΦΜ και ΑΜΚΑ'],
        languages: ['el', 'en'],
        categories: ['administrative'],
        schedules: [hours(WEEKDAYS, '08:00', '15:00', 'Ενδεικτικό ωράριο')],
      }),
    ],
  ),
  organization(
    'dypa',
    {
      name: 'Δημόσια Υπηρεσία Απασχόλησης (ΔΥΠΑ)',
      alternateName: 'Public Employment Service (DYPA)',
      description: 'Το τοπικό Κέντρο Προώθησης Απασχόλησης (ΚΠΑ2) της ΔΥΠΑ (πρώην ΟΑΕΔ).',
      website: 'https://www.dypa.gov.gr',
    },
    [
      service('dypa-service', {
        name: 'Εγγραφή ανέργων και κάρτα ανεργίας',
        alternateName: 'Unemployment registration',
        description:
          'Εγγραφή στο μητρώο ανέργων, ανανέωση της κάρτας ανεργίας, επίδομα ανεργίας, ' +
          'συμβουλευτική για εργασία και προγράμματα κατάρτισης.',
        eligibilityDescription:
          'Άνεργοι που διαμένουν στην περιοχή και μπορούν να εργαστούν νόμιμα στην Ελλάδα.',
        applicationProcess: 'Ηλεκτρονικά στο dypa.gov.gr ή με ραντεβού στο ΚΠΑ2.',
        requiredDocuments: [IDENTITY, 'ΑΜΚΑ και ΑΦΜ', 'Αποδεικτικό διεύθυνσης κατοικίας'],
        languages: ['el', 'en'],
        categories: ['employment', 'benefits'],
      }),
    ],
  ),
  organization(
    'opeka',
    {
      name: 'Οργανισμός Προνοιακών Επιδομάτων και Κοινωνικής Αλληλεγγύης (ΟΠΕΚΑ)',
      alternateName: 'OPEKA (welfare benefits)',
      description:
        'Ο φορέας των προνοιακών επιδομάτων. Πολλές αιτήσεις υποβάλλονται μέσω του Κέντρου ' +
        'Κοινότητας.',
      website: 'https://opeka.gr',
    },
    [
      service('opeka-service', {
        name: 'Προνοιακά επιδόματα (επίδομα παιδιού, ΕΕΕ, αναπηρικά)',
        alternateName: 'Welfare benefits',
        description:
          'Πληροφόρηση και αιτήσεις για επίδομα παιδιού (Α21), Ελάχιστο Εγγυημένο Εισόδημα, ' +
          'επίδομα στέγασης, αναπηρικά επιδόματα και σύνταξη ανασφάλιστων υπερηλίκων.',
        eligibilityDescription:
          'Κατά επίδομα: εισοδηματικά και περιουσιακά κριτήρια, νόμιμη και μόνιμη διαμονή. Το ' +
          'Κέντρο Κοινότητας βοηθά να ελέγξετε τι δικαιούστε.',
        applicationProcess: 'Ηλεκτρονικά με κωδικούς TAXISnet ή μέσω του Κέντρου Κοινότητας.',
        requiredDocuments: [
          'Κωδικοί TAXISnet',
          'Εκκαθαριστικό σημείωμα φόρου εισοδήματος',
          'IBAN λογαριασμού',
        ],
        categories: ['benefits', 'children', 'disability'],
        schedules: [],
      }),
    ],
  ),
  organization(
    'efka',
    {
      name: 'Ηλεκτρονικός Εθνικός Φορέας Κοινωνικής Ασφάλισης (e-ΕΦΚΑ)',
      alternateName: 'e-EFKA (social insurance)',
      description: 'Το τοπικό υποκατάστημα του e-ΕΦΚΑ για ασφάλιση και συντάξεις.',
      website: 'https://www.efka.gov.gr',
    },
    [
      service('efka-service', {
        name: 'Ασφάλιση, ΑΜΚΑ και συντάξεις',
        alternateName: 'Insurance, AMKA and pensions',
        description:
          'Ασφαλιστική ικανότητα, απόδοση ΑΜΚΑ, βεβαιώσεις ενσήμων, αιτήσεις σύνταξης και ' +
          'επιδόματος μητρότητας.',
        eligibilityDescription: 'Ασφαλισμένοι, συνταξιούχοι και τα μέλη των οικογενειών τους.',
        applicationProcess: 'Ηλεκτρονικά στο efka.gov.gr ή με ραντεβού (myEFKAlive).',
        requiredDocuments: [IDENTITY, 'ΑΜΚΑ'],
        languages: ['el', 'en'],
        categories: ['insurance'],
      }),
    ],
  ),
  organization(
    'kepa',
    {
      name: 'Κέντρο Πιστοποίησης Αναπηρίας (ΚΕΠΑ)',
      alternateName: 'Disability Certification Centre (KEPA)',
      description: 'Υγειονομικές επιτροπές που πιστοποιούν το ποσοστό αναπηρίας.',
      website: null,
    },
    [
      service('kepa-service', {
        name: 'Πιστοποίηση αναπηρίας',
        alternateName: 'Disability certification',
        description:
          'Εξέταση από υγειονομική επιτροπή και έκδοση γνωμάτευσης με ποσοστό αναπηρίας, που ' +
          'χρειάζεται για τα αναπηρικά επιδόματα του ΟΠΕΚΑ.',
        eligibilityDescription: 'Άτομα με χρόνια πάθηση ή αναπηρία, κάθε ηλικίας.',
        applicationProcess:
          'Ηλεκτρονική αίτηση (με ΑΜΚΑ) και παραπεμπτικό· το Κέντρο Κοινότητας βοηθά με την αίτηση.',
        requiredDocuments: [
          IDENTITY,
          'Πρόσφατα ιατρικά έγγραφα και γνωματεύσεις θεράποντος ιατρού',
          'Παραπεμπτικό εξέτασης',
        ],
        feesDescription: 'Δωρεάν για ανασφάλιστους· για τους ασφαλισμένους ισχύει παράβολο.',
        costOptions: [],
        categories: ['disability', 'health'],
        schedules: [],
      }),
    ],
  ),
  organization(
    'municipality',
    {
      name: 'Δήμος — Διεύθυνση Κοινωνικής Προστασίας',
      alternateName: 'Municipality — Social Protection',
      description:
        'Οι κοινωνικές δομές του Δήμου. Τα κριτήρια ένταξης ορίζει ο κανονισμός κάθε δομής.',
      website: null,
    },
    [
      service('grocery', {
        name: 'Κοινωνικό Παντοπωλείο',
        alternateName: 'Social grocery',
        description:
          'Μηνιαία διανομή τροφίμων και ειδών πρώτης ανάγκης σε νοικοκυριά με χαμηλό εισόδημα.',
        eligibilityDescription:
          'Δημότες ή μόνιμοι κάτοικοι (Έλληνες, ομογενείς, νόμιμα διαμένοντες αλλοδαποί) με ' +
          'χαμηλό ετήσιο εισόδημα, όπως ορίζει ο κανονισμός του Δήμου· λαμβάνονται υπόψη και ' +
          'κοινωνικά κριτήρια (ανεργία, αναπηρία, μονογονεϊκή οικογένεια).',
        applicationProcess:
          'Αίτηση στο Κέντρο Κοινότητας και κοινωνική έρευνα από κοινωνικό λειτουργό. Η ένταξη ' +
          'ισχύει για 12 μήνες.',
        requiredDocuments: [
          IDENTITY,
          'Εκκαθαριστικό σημείωμα και Ε1 του τελευταίου έτους',
          'Ε9',
          'Πιστοποιητικό οικογενειακής κατάστασης',
        ],
        categories: ['food'],
        schedules: [hours(['TU', 'TH'], '09:00', '13:00', 'Ημέρες διανομής (ενδεικτικά)')],
      }),
      service('pharmacy', {
        name: 'Κοινωνικό Φαρμακείο',
        alternateName: 'Social pharmacy',
        description: 'Δωρεάν φάρμακα με ιατρική συνταγή για όσους δεν μπορούν να τα αγοράσουν.',
        eligibilityDescription:
          'Ανασφάλιστοι ή οικονομικά αδύναμοι δημότες, με τα εισοδηματικά κριτήρια του ' +
          'κανονισμού του Δήμου.',
        applicationProcess: 'Αίτηση στο Κέντρο Κοινότητας· τα φάρμακα δίνονται με συνταγή.',
        requiredDocuments: [IDENTITY, 'Ιατρική συνταγή', 'Εκκαθαριστικό σημείωμα'],
        categories: ['medicines', 'health'],
        schedules: [hours(['MO', 'WE', 'FR'], '09:00', '13:00', 'Ενδεικτικό ωράριο')],
      }),
      service('kapi', {
        name: 'Κέντρο Ανοιχτής Προστασίας Ηλικιωμένων (ΚΑΠΗ)',
        alternateName: 'Day centre for older people (KAPI)',
        description:
          'Χώρος συνάντησης και δράσεων για άτομα τρίτης ηλικίας: κοινωνική εργασία, ' +
          'φυσικοθεραπεία, ιατρική παρακολούθηση, εκδρομές και ψυχαγωγία.',
        eligibilityDescription:
          'Άτομα 60 ετών και άνω που κατοικούν στην περιοχή, χωρίς όριο εισοδήματος.',
        applicationProcess: 'Εγγραφή μέλους στο ΚΑΠΗ.',
        requiredDocuments: [IDENTITY, 'Δύο φωτογραφίες'],
        feesDescription: 'Συμβολική ετήσια συνδρομή που ορίζει ο Δήμος.',
        costOptions: [
          {
            option: 'Ετήσια συνδρομή μέλους',
            amount: null,
            currency: 'EUR',
            amountDescription: 'Συμβολικό ποσό, κατά απόφαση του Δήμου',
          },
        ],
        categories: ['elderly'],
        schedules: [hours(WEEKDAYS, '09:00', '13:00'), hours(WEEKDAYS, '17:00', '20:00')],
      }),
      service('home-help', {
        name: 'Βοήθεια στο Σπίτι',
        alternateName: 'Help at home',
        description:
          'Κοινωνική και νοσηλευτική φροντίδα στο σπίτι: επισκέψεις κοινωνικού λειτουργού και ' +
          'νοσηλευτή, οικιακή βοήθεια, συνοδεία και εξωτερικές εργασίες.',
        eligibilityDescription:
          'Άτομα 65 ετών και άνω και άτομα με αναπηρία που δεν αυτοεξυπηρετούνται πλήρως· ' +
          'προτεραιότητα σε όσους ζουν μόνοι ή έχουν χαμηλό εισόδημα.',
        applicationProcess: 'Αίτηση στο Κέντρο Κοινότητας και επίσκεψη αξιολόγησης στο σπίτι.',
        requiredDocuments: [IDENTITY, 'Ιατρική γνωμάτευση ή πιστοποίηση αναπηρίας (αν υπάρχει)'],
        categories: ['home_care', 'elderly', 'disability'],
      }),
    ],
  ),
  organization(
    'women',
    {
      name: 'Συμβουλευτικό Κέντρο Γυναικών',
      alternateName: "Women's Counselling Centre",
      description:
        'Μέρος του δικτύου δομών για την πρόληψη και την αντιμετώπιση της βίας κατά των ' +
        'γυναικών (Γενική Γραμματεία Ισότητας).',
      website: null,
    },
    [
      service('women-service', {
        name: 'Συμβουλευτική υποστήριξη γυναικών',
        alternateName: 'Counselling for women',
        description:
          'Ψυχοκοινωνική υποστήριξη, νομική πληροφόρηση και συνοδεία γυναικών που έχουν ' +
          'υποστεί βία ή διακρίσεις. Εμπιστευτικά. Διερμηνεία κατόπιν συνεννόησης.',
        eligibilityDescription: 'Γυναίκες και τα παιδιά τους, χωρίς άλλη προϋπόθεση.',
        applicationProcess: 'Τηλεφωνικά ή με επίσκεψη· δεν χρειάζεται παραπεμπτικό.',
        languages: ['el', 'en', 'ar', 'fa'],
        categories: ['women', 'legal', 'mental_health'],
      }),
    ],
  ),
  organization(
    'mental-health',
    {
      name: 'Κέντρο Ψυχικής Υγείας',
      alternateName: 'Community Mental Health Centre',
      description: 'Δημόσια δομή ψυχικής υγείας για ενήλικες, παιδιά και εφήβους.',
      website: null,
    },
    [
      service('mental-health-service', {
        name: 'Ψυχιατρική και ψυχολογική υποστήριξη',
        alternateName: 'Psychiatric and psychological support',
        description:
          'Ψυχιατρική εκτίμηση, ψυχοθεραπεία, κοινωνική εργασία και υποστήριξη οικογένειας.',
        eligibilityDescription:
          'Κάτοικοι της περιοχής ευθύνης του Κέντρου, ασφαλισμένοι ή ανασφάλιστοι.',
        applicationProcess: 'Με ραντεβού· υπάρχει λίστα αναμονής για ψυχοθεραπεία.',
        requiredDocuments: [IDENTITY, 'ΑΜΚΑ'],
        languages: ['el', 'en'],
        categories: ['mental_health', 'health'],
        schedules: [hours(WEEKDAYS, '08:00', '20:00', 'Με ραντεβού')],
      }),
    ],
  ),
];
