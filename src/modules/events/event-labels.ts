import { fieldRuleMessages, registerFieldLabels } from '../../server/i18n/messages.js';

/** This module's rules in error messages, added beside the shared ones (never replacing them). */
const ruleMessages = {
  el: {
    closes_after_event: 'Οι εγγραφές πρέπει να κλείνουν το αργότερο στη λήξη της δράσης.',
    place_or_link_required: 'Δώστε τόπο διεξαγωγής ή σύνδεσμο διαδικτυακής συμμετοχής.',
    capacity_below_taken:
      'Η χωρητικότητα δεν μπορεί να γίνει μικρότερη από τις θέσεις που έχουν ήδη δοθεί ({taken}).',
    event_not_started: 'Η παρουσία καταγράφεται από την ημέρα της δράσης και μετά.',
    event_full: 'Δεν υπάρχει ελεύθερη θέση στη δράση.',
    registration_not_active: 'Η εγγραφή έχει ήδη ακυρωθεί ή λήξει.',
    event_cancelled: 'Η δράση έχει ακυρωθεί.',
  },
  en: {
    closes_after_event: 'Registration must close at the latest when the event ends.',
    place_or_link_required: 'Give a place or a link to take part online.',
    capacity_below_taken: 'Capacity cannot be lower than the seats already given ({taken}).',
    event_not_started: 'Attendance is recorded from the day of the event on.',
    event_full: 'There is no free seat at the event.',
    registration_not_active: 'The registration was already cancelled or has expired.',
    event_cancelled: 'The event has been cancelled.',
  },
};

/** Called once while the routes are registered. */
export function registerEventMessages(): void {
  for (const lang of ['el', 'en'] as const) {
    for (const [rule, text] of Object.entries(ruleMessages[lang])) {
      fieldRuleMessages[lang][rule] ??= text;
    }
  }
  registerFieldLabels({
    el: {
      titleEl: 'Τίτλος',
      titleEn: 'Τίτλος (αγγλικά)',
      descriptionEl: 'Περιγραφή',
      descriptionEn: 'Περιγραφή (αγγλικά)',
      audienceEl: 'Σε ποιους απευθύνεται',
      audienceEn: 'Σε ποιους απευθύνεται (αγγλικά)',
      place: 'Τόπος',
      onlineUrl: 'Σύνδεσμος διαδικτυακής συμμετοχής',
      startsAt: 'Έναρξη',
      endsAt: 'Λήξη',
      capacity: 'Θέσεις',
      registrationOpensAt: 'Έναρξη εγγραφών',
      registrationClosesAt: 'Λήξη εγγραφών',
      offerHours: 'Ώρες για αποδοχή θέσης',
      consent: 'Συγκατάθεση',
      residentId: 'Δημότης',
      registrationId: 'Εγγραφή',
    },
    en: {
      titleEl: 'Title',
      titleEn: 'Title (English)',
      descriptionEl: 'Description',
      descriptionEn: 'Description (English)',
      audienceEl: 'Who it is for',
      audienceEn: 'Who it is for (English)',
      place: 'Place',
      onlineUrl: 'Link to take part online',
      startsAt: 'Start',
      endsAt: 'End',
      capacity: 'Seats',
      registrationOpensAt: 'Registration opens',
      registrationClosesAt: 'Registration closes',
      offerHours: 'Hours to take a seat',
      consent: 'Consent',
      residentId: 'Resident',
      registrationId: 'Registration',
    },
  });
}
