import type { ErrorCode } from '../../lib/app-error.js';
import type { Language } from './language.js';

type Catalog = Record<ErrorCode, { title: string; detail: string }>;

/**
 * Localized problem messages. `{field}` and other `{name}` placeholders are filled from the error's
 * params; field names are translated through `fieldLabels`.
 */
export const problemMessages: Record<Language, Catalog> = {
  el: {
    validation_failed: { title: 'Μη έγκυρα στοιχεία', detail: 'Ελέγξτε τα στοιχεία που δώσατε.' },
    malformed_json: {
      title: 'Μη έγκυρο αίτημα',
      detail: 'Το σώμα του αιτήματος δεν είναι έγκυρο JSON.',
    },
    invalid_credentials: {
      title: 'Λάθος στοιχεία σύνδεσης',
      detail: 'Το όνομα χρήστη ή ο κωδικός πρόσβασης δεν είναι σωστά.',
    },
    not_signed_in: { title: 'Απαιτείται σύνδεση', detail: 'Συνδεθείτε για να συνεχίσετε.' },
    session_expired: {
      title: 'Η σύνδεση έληξε',
      detail: 'Η σύνδεσή σας έληξε. Συνδεθείτε ξανά.',
    },
    invalid_totp: {
      title: 'Λάθος κωδικός επαλήθευσης',
      detail: 'Ο κωδικός επαλήθευσης δεν είναι σωστός ή έχει ήδη χρησιμοποιηθεί.',
    },
    account_locked: {
      title: 'Ο λογαριασμός κλειδώθηκε προσωρινά',
      detail:
        'Πολλές αποτυχημένες προσπάθειες σύνδεσης. Δοκιμάστε ξανά σε {minutes} λεπτά ή ζητήστε βοήθεια από τον διαχειριστή.',
    },
    csrf_failed: {
      title: 'Το αίτημα απορρίφθηκε',
      detail: 'Λείπει ή δεν είναι έγκυρο το διακριτικό ασφαλείας (CSRF). Ανανεώστε τη σελίδα.',
    },
    forbidden: {
      title: 'Δεν επιτρέπεται',
      detail: 'Ο ρόλος σας δεν έχει δικαίωμα για αυτή την ενέργεια.',
    },
    wrong_sign_in_step: {
      title: 'Λάθος βήμα σύνδεσης',
      detail: 'Ολοκληρώστε πρώτα το τρέχον βήμα της σύνδεσης.',
    },
    not_found: { title: 'Δεν βρέθηκε', detail: 'Αυτό που ζητήσατε δεν υπάρχει.' },
    conflict: { title: 'Σύγκρουση', detail: 'Η ενέργεια συγκρούεται με την τρέχουσα κατάσταση.' },
    username_taken: {
      title: 'Το όνομα χρήστη υπάρχει ήδη',
      detail: 'Υπάρχει ήδη χρήστης με αυτό το όνομα χρήστη.',
    },
    password_rejected: {
      title: 'Ο κωδικός δεν γίνεται δεκτός',
      detail: '{reason}',
    },
    stale_record: {
      title: 'Η εγγραφή άλλαξε στο μεταξύ',
      detail:
        'Κάποιος άλλος αποθήκευσε αλλαγές σε αυτή την εγγραφή αφού την ανοίξατε. Ανανεώστε για να δείτε την τρέχουσα μορφή και επαναλάβετε τις αλλαγές σας.',
    },
    duplicate_resident: {
      title: 'Ο δημότης είναι ήδη καταχωρισμένος',
      detail: 'Υπάρχει ήδη φάκελος με αυτόν τον {identifier} στο Κέντρο.',
    },
    possible_duplicates: {
      title: 'Πιθανή διπλοεγγραφή',
      detail:
        'Βρέθηκαν δημότες με παρόμοιο όνομα και ίδια ημερομηνία γέννησης ή πατρώνυμο. Ελέγξτε τους πριν αποθηκεύσετε.',
    },
    merge_refused: {
      title: 'Η συγχώνευση δεν είναι δυνατή',
      detail: 'Οι δύο φάκελοι δεν μπορούν να συγχωνευθούν: {reason}',
    },
    invalid_household: {
      title: 'Μη έγκυρο νοικοκυριό',
      detail: 'Τα στοιχεία του νοικοκυριού δεν συμφωνούν μεταξύ τους.',
    },
    sealed: {
      title: 'Σφραγισμένο περιεχόμενο',
      detail:
        'Οι σημειώσεις αυτής της συνεδρίας είναι σφραγισμένες. Τις βλέπει μόνο ο συντάκτης τους και όσοι τους έχει δώσει πρόσβαση.',
    },
    upload_rejected: {
      title: 'Το αρχείο δεν έγινε δεκτό',
      detail: 'Δεκτά είναι αρχεία PDF, JPEG ή PNG έως {maxMb} MB.',
    },
    erasure_refused: {
      title: 'Η διαγραφή δεν επιτρέπεται ακόμη',
      detail: 'Ο φάκελος δεν μπορεί να ανωνυμοποιηθεί: {reason}',
    },
    cannot_disable_self: {
      title: 'Μη επιτρεπτή ενέργεια',
      detail: 'Δεν μπορείτε να απενεργοποιήσετε ή να υποβαθμίσετε τον δικό σας λογαριασμό.',
    },
    rate_limited: {
      title: 'Πάρα πολλά αιτήματα',
      detail: 'Κάνατε πολλές προσπάθειες σε λίγο χρόνο. Δοκιμάστε ξανά σε λίγο.',
    },
    payload_too_large: { title: 'Πολύ μεγάλο αίτημα', detail: 'Το αίτημα είναι πολύ μεγάλο.' },
    unsupported_media_type: {
      title: 'Μη υποστηριζόμενη μορφή',
      detail: 'Στείλτε τα δεδομένα ως JSON.',
    },
    slot_taken: {
      title: 'Η ώρα μόλις κλείστηκε',
      detail:
        'Κάποιος άλλος έκλεισε αυτή την ώρα λίγο πριν από εσάς. Διαλέξτε μία από τις πλησιέστερες ελεύθερες ώρες.',
    },
    link_invalid: {
      title: 'Ο σύνδεσμος δεν ισχύει',
      detail:
        'Ο σύνδεσμος έχει λήξει ή δεν είναι έγκυρος. Επικοινωνήστε με το Κέντρο ή κλείστε νέο ραντεβού.',
    },
    idempotency_key_reused: {
      title: 'Επαναλαμβανόμενο αίτημα με άλλα στοιχεία',
      detail:
        'Το κλειδί μοναδικότητας (Idempotency-Key) χρησιμοποιήθηκε ήδη για αίτημα με διαφορετικά στοιχεία.',
    },
    offer_expired: {
      title: 'Η προσφορά έληξε',
      detail:
        'Η ώρα που σας προσφέρθηκε δεν είναι πια διαθέσιμη για εσάς. Παραμένετε ενημερωμένοι μέσω της λίστας αναμονής.',
    },
    consent_required: {
      title: 'Χωρίς συγκατάθεση',
      detail:
        'Δεν υπάρχει καταγεγραμμένη συγκατάθεση του ωφελούμενου για κοινοποίηση στοιχείων σε συνεργαζόμενη δομή. Καταγράψτε τη συγκατάθεση ή ζητήστε από τον συντονιστή παράκαμψη με αιτιολογία.',
    },
    invalid_transition: {
      title: 'Μη επιτρεπτή αλλαγή κατάστασης',
      detail: 'Δεν γίνεται η αλλαγή από «{from}» σε «{to}».',
    },
    directory_entry_unavailable: {
      title: 'Η υπηρεσία δεν είναι διαθέσιμη',
      detail:
        'Η υπηρεσία του καταλόγου δεν υπάρχει ή ανήκει σε άλλο Κέντρο και δεν είναι κοινόχρηστη.',
    },
    import_rejected: {
      title: 'Η εισαγωγή απορρίφθηκε',
      detail: 'Το αρχείο δεν είναι έγκυρο ({reason}). Δεν εισήχθη τίποτα.',
    },
    link_used: {
      title: 'Ο σύνδεσμος έχει ήδη χρησιμοποιηθεί',
      detail: 'Η ενέργεια αυτού του συνδέσμου έχει ήδη γίνει.',
    },
    registration_closed: {
      title: 'Οι εγγραφές δεν είναι ανοιχτές',
      detail: 'Οι εγγραφές για αυτή τη δράση δεν είναι ανοιχτές αυτή τη στιγμή.',
    },
    already_registered: {
      title: 'Υπάρχει ήδη εγγραφή',
      detail: 'Αυτό το άτομο έχει ήδη εγγραφεί (ή βρίσκεται σε λίστα αναμονής) για αυτή τη δράση.',
    },
    not_ready: { title: 'Η υπηρεσία δεν είναι έτοιμη', detail: 'Η βάση δεδομένων δεν απαντά.' },
    internal: {
      title: 'Σφάλμα του συστήματος',
      detail: 'Κάτι πήγε στραβά από τη δική μας πλευρά. Δοκιμάστε ξανά.',
    },
  },
  en: {
    validation_failed: { title: 'Invalid input', detail: 'Please check the details you entered.' },
    malformed_json: { title: 'Invalid request', detail: 'The request body is not valid JSON.' },
    invalid_credentials: {
      title: 'Wrong sign-in details',
      detail: 'The username or password is not correct.',
    },
    not_signed_in: { title: 'Sign-in required', detail: 'Please sign in to continue.' },
    session_expired: {
      title: 'Session expired',
      detail: 'Your session has expired. Please sign in again.',
    },
    invalid_totp: {
      title: 'Wrong verification code',
      detail: 'The verification code is not correct or has already been used.',
    },
    account_locked: {
      title: 'Account temporarily locked',
      detail:
        'Too many failed sign-in attempts. Try again in {minutes} minutes or ask an administrator for help.',
    },
    csrf_failed: {
      title: 'Request refused',
      detail: 'The security token (CSRF) is missing or not valid. Reload the page.',
    },
    forbidden: { title: 'Not allowed', detail: 'Your role does not allow this action.' },
    wrong_sign_in_step: {
      title: 'Wrong sign-in step',
      detail: 'Finish the current sign-in step first.',
    },
    not_found: { title: 'Not found', detail: 'What you asked for does not exist.' },
    conflict: { title: 'Conflict', detail: 'The action conflicts with the current state.' },
    username_taken: {
      title: 'Username already taken',
      detail: 'A user with this username already exists.',
    },
    password_rejected: { title: 'Password not accepted', detail: '{reason}' },
    stale_record: {
      title: 'The record changed meanwhile',
      detail:
        'Someone else saved changes to this record after you opened it. Reload to see the current version and make your changes again.',
    },
    duplicate_resident: {
      title: 'Resident already registered',
      detail: 'A file with this {identifier} already exists at the Center.',
    },
    possible_duplicates: {
      title: 'Possible duplicate',
      detail:
        'Residents with a similar name and the same birth date or father’s name were found. Check them before saving.',
    },
    merge_refused: {
      title: 'The files cannot be merged',
      detail: 'The two files cannot be merged: {reason}',
    },
    invalid_household: {
      title: 'Invalid household',
      detail: 'The household’s details do not agree with each other.',
    },
    sealed: {
      title: 'Sealed content',
      detail:
        'The notes of this session are sealed. Only their author and the people they granted access can read them.',
    },
    upload_rejected: {
      title: 'File not accepted',
      detail: 'PDF, JPEG or PNG files up to {maxMb} MB are accepted.',
    },
    erasure_refused: {
      title: 'Erasure not allowed yet',
      detail: 'The file cannot be anonymised: {reason}',
    },
    cannot_disable_self: {
      title: 'Action not allowed',
      detail: 'You cannot disable or downgrade your own account.',
    },
    rate_limited: {
      title: 'Too many requests',
      detail: 'Too many attempts in a short time. Please try again shortly.',
    },
    payload_too_large: { title: 'Request too large', detail: 'The request is too large.' },
    unsupported_media_type: { title: 'Unsupported format', detail: 'Send the data as JSON.' },
    slot_taken: {
      title: 'That time was just taken',
      detail: 'Someone else booked this time just before you. Pick one of the nearest free times.',
    },
    link_invalid: {
      title: 'The link is not valid',
      detail: 'The link has expired or is not valid. Contact the Center or book a new appointment.',
    },
    idempotency_key_reused: {
      title: 'Repeated request with different details',
      detail: 'The Idempotency-Key was already used for a request with different details.',
    },
    offer_expired: {
      title: 'The offer has expired',
      detail: 'The time offered to you is no longer held for you.',
    },
    consent_required: {
      title: 'No consent recorded',
      detail:
        "The resident's consent to share data with a partner service is not recorded. Record it, or ask a coordinator to override with a reason.",
    },
    invalid_transition: {
      title: 'Status change not allowed',
      detail: 'The status cannot change from "{from}" to "{to}".',
    },
    directory_entry_unavailable: {
      title: 'Service not available',
      detail:
        'The directory service does not exist or belongs to another Center and is not shared.',
    },
    import_rejected: {
      title: 'Import rejected',
      detail: 'The file is not valid ({reason}). Nothing was imported.',
    },
    link_used: {
      title: 'Link already used',
      detail: 'What this link does has already been done.',
    },
    registration_closed: {
      title: 'Registration is not open',
      detail: 'Registration for this event is not open at this time.',
    },
    already_registered: {
      title: 'Already registered',
      detail: 'This person is already registered (or on the waitlist) for this event.',
    },
    not_ready: { title: 'Service not ready', detail: 'The database is not answering.' },
    internal: {
      title: 'System error',
      detail: 'Something went wrong on our side. Please try again.',
    },
  },
};

/** Messages for one failed rule of one field. */
export const fieldRuleMessages: Record<Language, Record<string, string>> = {
  el: {
    required: 'Το πεδίο «{field}» είναι υποχρεωτικό.',
    maxLength: 'Το πεδίο «{field}» δέχεται έως {limit} χαρακτήρες.',
    minLength: 'Το πεδίο «{field}» χρειάζεται τουλάχιστον {limit} χαρακτήρες.',
    pattern: 'Το πεδίο «{field}» δεν έχει έγκυρη μορφή.',
    format: 'Το πεδίο «{field}» δεν έχει έγκυρη μορφή.',
    type: 'Το πεδίο «{field}» έχει λάθος τύπο τιμής.',
    enum: 'Το πεδίο «{field}» δέχεται μόνο συγκεκριμένες τιμές.',
    const: 'Το πεδίο «{field}» δέχεται μόνο συγκεκριμένες τιμές.',
    anyOf: 'Το πεδίο «{field}» δέχεται μόνο συγκεκριμένες τιμές.',
    additionalProperties: 'Το πεδίο «{field}» δεν αναγνωρίζεται.',
    maxItems: 'Το πεδίο «{field}» δέχεται έως {limit} τιμές.',
    minItems: 'Το πεδίο «{field}» χρειάζεται τουλάχιστον {limit} τιμές.',
    minimum: 'Το πεδίο «{field}» πρέπει να είναι τουλάχιστον {limit}.',
    maximum: 'Το πεδίο «{field}» πρέπει να είναι έως {limit}.',
    invalid: 'Το πεδίο «{field}» δεν είναι έγκυρο.',
    amka_format: 'Ο ΑΜΚΑ έχει 11 ψηφία και αρχίζει με την ημερομηνία γέννησης (ΗΗΜΜΕΕ).',
    amka_checksum:
      'Ο ΑΜΚΑ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου). Ελέγξτε μήπως λείπει ή άλλαξε κάποιο ψηφίο.',
    amka_birth_date_mismatch: 'Ο ΑΜΚΑ δεν συμφωνεί με την ημερομηνία γέννησης.',
    afm_checksum: 'Ο ΑΦΜ δεν είναι έγκυρος (9 ψηφία με σωστό ψηφίο ελέγχου).',
    adt_format: 'Ο αριθμός ταυτότητας δεν έχει έγκυρη μορφή (π.χ. ΑΒ123456).',
    phone_format: 'Ο αριθμός τηλεφώνου δεν είναι έγκυρος ελληνικός αριθμός (10 ψηφία).',
    postcode_format: 'Ο ταχυδρομικός κώδικας έχει 5 ψηφία (π.χ. 151 24).',
    date_in_future: 'Η ημερομηνία δεν μπορεί να είναι μελλοντική.',
    date_order: 'Η ημερομηνία λήξης πρέπει να είναι μετά την ημερομηνία έναρξης.',
    child_older_than_parent: 'Το παιδί δεν μπορεί να είναι μεγαλύτερο από τον γονέα.',
    duplicate_value: 'Η τιμή του πεδίου «{field}» υπάρχει ήδη.',
    merge_same_file: 'Ένας φάκελος δεν μπορεί να συγχωνευθεί με τον εαυτό του.',
    merge_already_merged: 'Ο φάκελος έχει ήδη συγχωνευθεί με άλλον.',
    merge_conflict:
      'Οι δύο φάκελοι έχουν εγγραφές που δεν μπορούν να ενωθούν ({table}). Διορθώστε τις πρώτα.',
    grantee_not_allowed:
      'Πρόσβαση στις σημειώσεις δίνεται μόνο σε άλλο ενεργό μέλος του προσωπικού με ρόλο κοινωνικού λειτουργού ή ψυχολόγου.',
    date_out_of_range: 'Η ημερομηνία του πεδίου «{field}» δεν είναι πιθανή (πριν από το 1900).',
    reference_exists: 'Το νοικοκυριό έχει ήδη υπεύθυνο· αλλάξτε πρώτα τη σχέση του τρέχοντος.',
    parent_younger_than_child: 'Ο γονέας δεν μπορεί να είναι νεότερος από το παιδί του.',
    already_in_household: 'Ο δημότης ανήκει ήδη σε άλλο νοικοκυριό για αυτό το διάστημα.',
    not_a_member: 'Το εισόδημα πρέπει να αφορά μέλος αυτού του νοικοκυριού.',
    only_when_closed: 'Το πεδίο «{field}» συμπληρώνεται μόνο όταν ο φάκελος κλείνει.',
    not_assignable:
      'Το πεδίο «{field}» πρέπει να είναι ενεργό μέλος του προσωπικού με πρόσβαση σε φακέλους.',
    // Appointments calendar (src/modules/appointments/calendar).
    unknown_type: 'Ο τύπος ραντεβού δεν υπάρχει ή δεν δέχεται κρατήσεις.',
    not_a_provider: 'Το μέλος του προσωπικού δεν εξυπηρετεί αυτόν τον τύπο ραντεβού.',
    slot_in_past: 'Η ώρα του ραντεβού έχει ήδη περάσει.',
    outside_booking_window:
      'Το ραντεβού είναι εκτός του διαστήματος κρατήσεων (πολύ σύντομα ή πολύ μακριά στο μέλλον).',
    holiday: 'Το Κέντρο είναι κλειστό λόγω αργίας εκείνη την ημέρα.',
    center_closed: 'Το Κέντρο είναι κλειστό εκείνη την ημέρα.',
    outside_hours: 'Η ώρα είναι εκτός του ωραρίου εξυπηρέτησης.',
    outside_opening_hours:
      'Το πεδίο «{field}» πρέπει να είναι μέσα στο ωράριο λειτουργίας του Κέντρου.',
    staff_absent: 'Το μέλος του προσωπικού απουσιάζει εκείνη την ώρα.',
    slot_taken: 'Η ώρα έχει ήδη κλειστεί· διαλέξτε άλλη.',
    daily_cap_reached: 'Έχει συμπληρωθεί ο ημερήσιος αριθμός ραντεβού αυτού του τύπου.',
    time_order: 'Η ώρα λήξης πρέπει να είναι μετά την ώρα έναρξης.',
    hours_overlap: 'Το διάστημα επικαλύπτεται με άλλο ωράριο της ίδιας ημέρας.',
    status_transition:
      'Η αίτηση είναι «{fromEl}» και δεν μπορεί να γίνει «{toEl}». Επόμενα βήματα: {allowedEl}.',
    checklist_item_unknown: 'Το δικαιολογητικό δεν υπάρχει στη λίστα αυτής της αίτησης.',
    application_already_open:
      'Υπάρχει ήδη ανοιχτή αίτηση του δημότη για αυτή την παροχή· συνεχίστε εκείνη ή κλείστε την πρώτα.',
    application_not_assignable:
      'Το πεδίο «{field}» πρέπει να είναι ενεργό μέλος του προσωπικού που χειρίζεται αιτήσεις.',
    // Appointments booking (src/modules/appointments/booking).
    contact_required: 'Δώστε τηλέφωνο ή ηλεκτρονικό ταχυδρομείο για να επικοινωνήσουμε μαζί σας.',
    not_today: 'Η άφιξη καταγράφεται μόνο την ημέρα του ραντεβού.',
    not_started: 'Η μη προσέλευση καταγράφεται μόνο αφού περάσει η ώρα του ραντεβού.',
    appointment_not_active: 'Το ραντεβού έχει ήδη ακυρωθεί ή ολοκληρωθεί.',
    period_in_past: 'Το διάστημα αναμονής έχει ήδη περάσει.',
  },
  en: {
    required: 'The field “{field}” is required.',
    maxLength: 'The field “{field}” takes at most {limit} characters.',
    minLength: 'The field “{field}” needs at least {limit} characters.',
    pattern: 'The field “{field}” is not in a valid format.',
    format: 'The field “{field}” is not in a valid format.',
    type: 'The field “{field}” has the wrong type of value.',
    enum: 'The field “{field}” only accepts specific values.',
    const: 'The field “{field}” only accepts specific values.',
    anyOf: 'The field “{field}” only accepts specific values.',
    additionalProperties: 'The field “{field}” is not recognised.',
    maxItems: 'The field “{field}” takes at most {limit} values.',
    minItems: 'The field “{field}” needs at least {limit} values.',
    minimum: 'The field “{field}” must be at least {limit}.',
    maximum: 'The field “{field}” must be at most {limit}.',
    invalid: 'The field “{field}” is not valid.',
    amka_format: 'An AMKA has 11 digits and starts with the birth date (DDMMYY).',
    amka_checksum:
      'The AMKA is not valid (wrong check digit). Check for a missing or changed digit.',
    amka_birth_date_mismatch: 'The AMKA does not match the birth date.',
    afm_checksum: 'The tax number (AFM) is not valid (9 digits with a correct check digit).',
    adt_format: 'The identity card number is not in a valid format (e.g. AB123456).',
    phone_format: 'The phone number is not a valid Greek number (10 digits).',
    postcode_format: 'A postcode has 5 digits (e.g. 151 24).',
    date_in_future: 'The date cannot be in the future.',
    date_order: 'The end date must be after the start date.',
    child_older_than_parent: 'A child cannot be older than their parent.',
    duplicate_value: 'The value of “{field}” already exists.',
    merge_same_file: 'A file cannot be merged with itself.',
    merge_already_merged: 'The file has already been merged into another.',
    merge_conflict: 'The two files hold records that cannot be joined ({table}). Fix them first.',
    grantee_not_allowed:
      'Access to the notes can be given only to another active staff member who is a social worker or a psychologist.',
    date_out_of_range: 'The date in “{field}” is not plausible (before 1900).',
    reference_exists:
      'The household already has a reference person; change their relationship first.',
    parent_younger_than_child: 'A parent cannot be younger than their child.',
    already_in_household: 'The resident already belongs to another household for this period.',
    not_a_member: 'The income must belong to a member of this household.',
    only_when_closed: 'The field “{field}” is filled in only when the case is closed.',
    not_assignable: '“{field}” must be an active staff member with access to case files.',
    // Appointments calendar (src/modules/appointments/calendar).
    unknown_type: 'The appointment type does not exist or takes no bookings.',
    not_a_provider: 'This staff member does not provide this type of appointment.',
    slot_in_past: 'The time of the appointment has already passed.',
    outside_booking_window:
      'The appointment is outside the booking window (too soon or too far ahead).',
    holiday: 'The Center is closed for a public holiday on that day.',
    center_closed: 'The Center is closed on that day.',
    outside_hours: 'The time is outside the service hours.',
    outside_opening_hours: '“{field}” must be within the Center’s opening hours.',
    staff_absent: 'The staff member is absent at that time.',
    slot_taken: 'That time has already been booked; pick another.',
    daily_cap_reached: 'The daily number of appointments of this type has been reached.',
    time_order: 'The end time must be after the start time.',
    hours_overlap: 'The hours overlap other hours of the same day.',
    status_transition:
      'The application is “{fromEn}” and cannot become “{toEn}”. Next steps: {allowedEn}.',
    checklist_item_unknown: 'This document is not on this application’s checklist.',
    application_already_open:
      'The resident already has an open application for this benefit; continue it or close it first.',
    application_not_assignable:
      '“{field}” must be an active staff member who handles applications.',
    // Appointments booking (src/modules/appointments/booking).
    contact_required: 'Give a phone number or an e-mail address so that we can contact you.',
    not_today: 'Arrivals are checked in only on the day of the appointment.',
    not_started: 'A no-show is recorded only after the time of the appointment.',
    appointment_not_active: 'The appointment has already been cancelled or completed.',
    period_in_past: 'The waiting period is already over.',
  },
};

/** Human names of input fields, by the last segment of their path. */
export const fieldLabels: Record<Language, Record<string, string>> = {
  el: {
    username: 'Όνομα χρήστη',
    password: 'Κωδικός πρόσβασης',
    currentPassword: 'Τρέχων κωδικός',
    newPassword: 'Νέος κωδικός',
    code: 'Κωδικός επαλήθευσης',
    center: 'Κωδικός Κέντρου',
    displayName: 'Ονοματεπώνυμο',
    email: 'Ηλεκτρονικό ταχυδρομείο',
    role: 'Ρόλος',
    status: 'Κατάσταση',
    street: 'Οδός',
    number: 'Αριθμός',
    postcode: 'Ταχυδρομικός κώδικας',
    phones: 'Τηλέφωνα',
    website: 'Ιστότοπος',
    openingHours: 'Ώρες λειτουργίας',
    timezone: 'Ζώνη ώρας',
    el: 'Ελληνικά',
    en: 'Αγγλικά',
    surname: 'Επώνυμο',
    givenName: 'Όνομα',
    fatherName: 'Πατρώνυμο',
    motherName: 'Μητρώνυμο',
    birthDate: 'Ημερομηνία γέννησης',
    gender: 'Φύλο',
    amka: 'ΑΜΚΑ',
    afm: 'ΑΦΜ',
    idNumber: 'Αριθμός ταυτότητας ή διαβατηρίου',
    phone: 'Τηλέφωνο',
    mobilePhone: 'Κινητό τηλέφωνο',
    nationality: 'Υπηκοότητα',
    subject: 'Θέμα',
    channel: 'Τρόπος επικοινωνίας',
    axis: 'Άξονας υπηρεσιών',
    outcome: 'Έκβαση',
    durationMinutes: 'Διάρκεια (λεπτά)',
    notes: 'Σημειώσεις',
    reason: 'Αιτιολογία',
    version: 'Έκδοση εγγραφής',
    taxYear: 'Φορολογικό έτος',
    relationship: 'Σχέση με τον υπεύθυνο',
    startDate: 'Ημερομηνία έναρξης',
    endDate: 'Ημερομηνία λήξης',
    file: 'Αρχείο',
    documentType: 'Είδος εγγράφου',
    area: 'Περιοχή',
    languages: 'Γλώσσες',
    maritalStatus: 'Οικογενειακή κατάσταση',
    employmentStatus: 'Κατάσταση απασχόλησης',
    educationLevel: 'Επίπεδο εκπαίδευσης',
    disabilityPercent: 'Ποσοστό αναπηρίας',
    duplicateId: 'Διπλότυπος φάκελος',
    q: 'Αναζήτηση',
    type: 'Είδος',
    documentId: 'Έντυπο συγκατάθεσης',
    purpose: 'Σκοπός επεξεργασίας',
    legalBasis: 'Νομική βάση',
    kind: 'Είδος',
    startedAt: 'Ώρα έναρξης',
    participantResidentIds: 'Συμμετέχοντες',
    caseId: 'Φάκελος',
    note: 'Σημείωση',
    text: 'Κείμενο',
    staffId: 'Μέλος του προσωπικού',
    residentId: 'Δημότης',
    referenceResidentId: 'Υπεύθυνος νοικοκυριού',
    person: 'Μέλος νοικοκυριού',
    memberId: 'Μέλος νοικοκυριού',
    amount: 'Ποσό',
    realEstateValue: 'Αξία ακίνητης περιουσίας',
    deposits: 'Καταθέσεις',
    vehiclesValue: 'Αξία οχημάτων',
    rentPaid: 'Ενοίκιο',
    topics: 'Θέματα',
    assignedWorkerId: 'Υπεύθυνος φακέλου',
    teamIds: 'Ομάδα φακέλου',
    householdId: 'Νοικοκυριό',
    needs: 'Ανάγκες',
    strengths: 'Δυνατά σημεία',
    risks: 'Κίνδυνοι',
    goals: 'Στόχοι',
    description: 'Περιγραφή',
    targetDate: 'Προθεσμία',
    reviewDate: 'Ημερομηνία επανεξέτασης',
    occurredAt: 'Ημερομηνία και ώρα',
    // Appointments calendar.
    typeId: 'Τύπος ραντεβού',
    startsAt: 'Έναρξη',
    endsAt: 'Λήξη',
    starts: 'Ώρα έναρξης',
    ends: 'Ώρα λήξης',
    day: 'Ημέρα',
    weekday: 'Ημέρα της εβδομάδας',
    bufferMinutes: 'Διάλειμμα μετά (λεπτά)',
    mode: 'Τρόπος',
    minNoticeMinutes: 'Ελάχιστη προειδοποίηση (λεπτά)',
    maxDaysAhead: 'Μέγιστες ημέρες μπροστά',
    dailyCap: 'Ημερήσιο όριο',
    providerRoles: 'Ρόλοι που εξυπηρετούν',
    providerIds: 'Πρόσωπα που εξυπηρετούν',
    startsOn: 'Από',
    endsOn: 'Έως',
    closesAt: 'Ώρα κλεισίματος',
    benefit: 'Παροχή',
    assignedTo: 'Υπεύθυνος αίτησης',
    checklist: 'Δικαιολογητικά',
    submittedAt: 'Ημερομηνία υποβολής',
    platform: 'Πλατφόρμα',
    protocolNumber: 'Αριθμός πρωτοκόλλου',
    decidedAt: 'Ημερομηνία απόφασης',
    renewalDue: 'Ημερομηνία ανανέωσης',
    deadline: 'Προθεσμία',
    incomeLimitBase: 'Όριο εισοδήματος',
    incomeLimitPerDependant: 'Προσαύξηση ανά προστατευόμενο μέλος',
    disabilityBonus: 'Προσαύξηση αναπηρίας',
    minAge: 'Ελάχιστη ηλικία',
    // Appointments booking.
    name: 'Ονοματεπώνυμο',
    consent: 'Συγκατάθεση για επικοινωνία',
    token: 'Σύνδεσμος',
    from: 'Από',
    to: 'Έως',
    week: 'Εβδομάδα',
    'idempotency-key': 'Κλειδί μοναδικότητας αιτήματος',
  },
  en: {
    username: 'Username',
    password: 'Password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    code: 'Verification code',
    center: 'Center code',
    displayName: 'Full name',
    email: 'E-mail',
    role: 'Role',
    status: 'Status',
    street: 'Street',
    number: 'Number',
    postcode: 'Postcode',
    phones: 'Phones',
    website: 'Website',
    openingHours: 'Opening hours',
    timezone: 'Time zone',
    el: 'Greek',
    en: 'English',
    surname: 'Surname',
    givenName: 'Given name',
    fatherName: 'Father’s name',
    motherName: 'Mother’s name',
    birthDate: 'Birth date',
    gender: 'Gender',
    amka: 'AMKA',
    afm: 'Tax number (AFM)',
    idNumber: 'Identity card or passport number',
    phone: 'Phone',
    mobilePhone: 'Mobile phone',
    nationality: 'Nationality',
    subject: 'Subject',
    channel: 'Channel',
    axis: 'Service axis',
    outcome: 'Outcome',
    durationMinutes: 'Duration (minutes)',
    notes: 'Notes',
    reason: 'Reason',
    version: 'Record version',
    taxYear: 'Tax year',
    relationship: 'Relationship to the reference person',
    startDate: 'Start date',
    endDate: 'End date',
    file: 'File',
    documentType: 'Document type',
    area: 'Area',
    languages: 'Languages',
    maritalStatus: 'Marital status',
    employmentStatus: 'Employment status',
    educationLevel: 'Education level',
    disabilityPercent: 'Disability percentage',
    duplicateId: 'Duplicate file',
    q: 'Search',
    type: 'Type',
    documentId: 'Consent form',
    purpose: 'Purpose of processing',
    legalBasis: 'Legal basis',
    kind: 'Type',
    startedAt: 'Start time',
    participantResidentIds: 'Participants',
    caseId: 'Case file',
    note: 'Note',
    text: 'Text',
    staffId: 'Staff member',
    residentId: 'Resident',
    referenceResidentId: 'Reference person',
    person: 'Household member',
    memberId: 'Household member',
    amount: 'Amount',
    realEstateValue: 'Real estate value',
    deposits: 'Deposits',
    vehiclesValue: 'Vehicles value',
    rentPaid: 'Rent paid',
    topics: 'Topics',
    assignedWorkerId: 'Assigned worker',
    teamIds: 'Case team',
    householdId: 'Household',
    needs: 'Needs',
    strengths: 'Strengths',
    risks: 'Risks',
    goals: 'Goals',
    description: 'Description',
    targetDate: 'Target date',
    reviewDate: 'Review date',
    occurredAt: 'Date and time',
    // Appointments calendar.
    typeId: 'Appointment type',
    startsAt: 'Start',
    endsAt: 'End',
    starts: 'Start time',
    ends: 'End time',
    day: 'Day',
    weekday: 'Day of the week',
    bufferMinutes: 'Buffer after (minutes)',
    mode: 'Mode',
    minNoticeMinutes: 'Minimum notice (minutes)',
    maxDaysAhead: 'Maximum days ahead',
    dailyCap: 'Daily cap',
    providerRoles: 'Roles that provide it',
    providerIds: 'People who provide it',
    startsOn: 'From',
    endsOn: 'To',
    closesAt: 'Closing time',
    benefit: 'Benefit',
    assignedTo: 'Application handler',
    checklist: 'Documents',
    submittedAt: 'Submission date',
    platform: 'Platform',
    protocolNumber: 'Protocol number',
    decidedAt: 'Decision date',
    renewalDue: 'Renewal date',
    deadline: 'Deadline',
    incomeLimitBase: 'Income limit',
    incomeLimitPerDependant: 'Addition per dependant',
    disabilityBonus: 'Disability addition',
    minAge: 'Minimum age',
    // Appointments booking.
    name: 'Full name',
    consent: 'Consent to be contacted',
    token: 'Link',
    from: 'From',
    to: 'To',
    week: 'Week',
    'idempotency-key': 'Idempotency key',
  },
};

/** Reasons a password is refused (NIST SP 800-63B checks). */
export const passwordReasons: Record<Language, Record<string, string>> = {
  el: {
    too_short: 'Ο κωδικός χρειάζεται τουλάχιστον {min} χαρακτήρες.',
    too_long: 'Ο κωδικός δέχεται έως {max} χαρακτήρες.',
    common:
      'Αυτός ο κωδικός είναι από τους πιο συνηθισμένους και μαντεύεται εύκολα. Επιλέξτε άλλον.',
    contains_username: 'Ο κωδικός δεν πρέπει να περιέχει το όνομα χρήστη.',
    repetitive: 'Ο κωδικός δεν πρέπει να είναι επανάληψη ή σειρά χαρακτήρων.',
    same_as_current: 'Ο νέος κωδικός πρέπει να διαφέρει από τον τρέχοντα.',
    wrong_current: 'Ο τρέχων κωδικός δεν είναι σωστός.',
  },
  en: {
    too_short: 'The password needs at least {min} characters.',
    too_long: 'The password takes at most {max} characters.',
    common: 'This password is among the most common and easy to guess. Choose another.',
    contains_username: 'The password must not contain the username.',
    repetitive: 'The password must not be a repetition or sequence of characters.',
    same_as_current: 'The new password must differ from the current one.',
    wrong_current: 'The current password is not correct.',
  },
};

/**
 * Lets a module name its own input fields (e.g. the questions of the public benefits check)
 * without this file knowing every module; called once while the routes are registered.
 */
export function registerFieldLabels(extra: Record<Language, Record<string, string>>): void {
  for (const lang of ['el', 'en'] as const) {
    for (const [key, label] of Object.entries(extra[lang])) fieldLabels[lang][key] ??= label;
  }
}

export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    params[key] === undefined ? whole : String(params[key]),
  );
}
