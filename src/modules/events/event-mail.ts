import { renderCalendar } from '../appointments/booking/booking-ics.js';
import { formatSlot } from '../appointments/booking/booking-time.js';
import type { CenterRow } from '../centers/centers.repository.js';
import type { EventRow } from './events.repository.js';
import type { RegistrationRow } from './registrations.repository.js';

/** The e-mails of events; the outbox kinds are in docs/api/cooperation-issue.md. */
export type EventMailKind =
  | 'event.confirmation'
  | 'event.waitlisted'
  | 'event.offer'
  | 'event.reminder'
  | 'event.rescheduled'
  | 'event.cancelled';

export interface EventMailFacts {
  kind: EventMailKind;
  event: EventRow;
  center: CenterRow;
  registration: RegistrationRow;
  position?: number | null;
  links: { cancel?: string | null; accept?: string | null };
}

type Lines = (
  f: EventMailFacts,
  title: string,
  when: string,
  until: string,
) => {
  subject: string;
  lines: string[];
};

const texts: Record<'el' | 'en', Record<EventMailKind, Lines> & Record<string, unknown>> = {
  el: {
    'event.confirmation': (f, title, when) => ({
      subject: `Επιβεβαίωση εγγραφής: ${title}`,
      lines: [
        `Η εγγραφή σας στη δράση «${title}» του ${f.center.name_el} επιβεβαιώθηκε.`,
        `Πότε: ${when}`,
      ],
    }),
    'event.waitlisted': (f, title, when) => ({
      subject: `Λίστα αναμονής: ${title}`,
      lines: [
        `Οι θέσεις της δράσης «${title}» (${when}) είναι πλήρεις. Είστε στη λίστα αναμονής, στη θέση ${f.position ?? ''}.`,
        'Αν ελευθερωθεί θέση, θα σας στείλουμε e-mail για να την κρατήσετε.',
      ],
    }),
    'event.offer': (_f, title, when, until) => ({
      subject: `Ελευθερώθηκε θέση: ${title}`,
      lines: [
        `Ελευθερώθηκε θέση για εσάς στη δράση «${title}» (${when}).`,
        `Σας την κρατάμε έως ${until}. Μετά προσφέρεται στον επόμενο της λίστας.`,
      ],
    }),
    'event.reminder': (_f, title, when) => ({
      subject: `Υπενθύμιση: ${title}`,
      lines: [`Σας υπενθυμίζουμε τη δράση «${title}».`, `Πότε: ${when}`],
    }),
    'event.rescheduled': (f, title, when) => ({
      subject: `Αλλαγή ώρας: ${title}`,
      lines: [
        `Η δράση «${title}» του ${f.center.name_el} μεταφέρθηκε.`,
        `Νέα ημέρα και ώρα: ${when}`,
        'Αν δεν μπορείτε πια να έρθετε, ακυρώστε την εγγραφή σας με τον σύνδεσμο παρακάτω, ώστε η θέση να δοθεί σε άλλον.',
      ],
    }),
    'event.cancelled': (f, title, when) => ({
      subject: `Ακύρωση δράσης: ${title}`,
      lines: [`Η δράση «${title}» (${when}) του ${f.center.name_el} ακυρώθηκε. Ζητούμε συγγνώμη.`],
    }),
    where: 'Πού',
    online: 'Διαδικτυακά',
    accept: 'Κράτηση της θέσης',
    cancel: 'Ακύρωση της εγγραφής',
  },
  en: {
    'event.confirmation': (f, title, when) => ({
      subject: `Registration confirmed: ${title}`,
      lines: [
        `Your registration for “${title}” at ${f.center.name_en} is confirmed.`,
        `When: ${when}`,
      ],
    }),
    'event.waitlisted': (f, title, when) => ({
      subject: `Waitlist: ${title}`,
      lines: [
        `The seats of “${title}” (${when}) are taken. You are on the waitlist, in place ${f.position ?? ''}.`,
        'If a seat frees up, we will e-mail you so you can take it.',
      ],
    }),
    'event.offer': (_f, title, when, until) => ({
      subject: `A seat is free: ${title}`,
      lines: [
        `A seat became free for you at “${title}” (${when}).`,
        `We hold it for you until ${until}. Then it is offered to the next person on the list.`,
      ],
    }),
    'event.reminder': (_f, title, when) => ({
      subject: `Reminder: ${title}`,
      lines: [`A reminder of “${title}”.`, `When: ${when}`],
    }),
    'event.rescheduled': (f, title, when) => ({
      subject: `Time changed: ${title}`,
      lines: [
        `“${title}” at ${f.center.name_en} has been moved.`,
        `New date and time: ${when}`,
        'If you can no longer come, please cancel with the link below so the seat goes to someone else.',
      ],
    }),
    'event.cancelled': (f, title, when) => ({
      subject: `Event cancelled: ${title}`,
      lines: [`“${title}” (${when}) at ${f.center.name_en} has been cancelled. We apologise.`],
    }),
    where: 'Where',
    online: 'Online',
    accept: 'Take the seat',
    cancel: 'Cancel the registration',
  },
};

export function eventTitle(event: EventRow, language: 'el' | 'en'): string {
  return language === 'en' ? (event.title_en ?? event.title_el) : event.title_el;
}

/** The outbox row of one e-mail (the caller adds nothing but the transaction). */
export function composeEventMail(facts: EventMailFacts) {
  const { event, center, registration } = facts;
  const language = registration.language;
  const t = texts[language];
  const zone = center.timezone;
  const title = eventTitle(event, language);
  const when = formatSlot(event.starts_at, zone, language);
  const until = registration.offer_expires_at
    ? formatSlot(registration.offer_expires_at, zone, language)
    : '';
  const { subject, lines } = t[facts.kind](facts, title, when, until);
  const where = [event.place, event.online_url ? `${String(t.online)}: ${event.online_url}` : null]
    .filter(Boolean)
    .join(' · ');
  const links = (['accept', 'cancel'] as const)
    .filter((name) => facts.links[name])
    .map((name) => `${String(t[name])}: ${facts.links[name] ?? ''}`);
  const body = [...lines, `${String(t.where)}: ${where}`, '', ...links].join('\n').trimEnd() + '\n';
  // A moved event's calendar entry (same UID) goes only to those holding a seat.
  const withCalendar =
    ['event.confirmation', 'event.reminder', 'event.cancelled'].includes(facts.kind) ||
    (facts.kind === 'event.rescheduled' &&
      (registration.status === 'registered' || registration.status === 'attended'));
  return {
    center_id: registration.center_id,
    kind: facts.kind,
    to: registration.email ?? '',
    subject,
    body,
    ics: withCalendar
      ? renderCalendar([
          {
            uid: `event-registration-${registration.id}@koinotita`,
            title,
            startsAt: event.starts_at,
            endsAt: event.ends_at,
            ...(where ? { location: where } : {}),
            cancelled: facts.kind === 'event.cancelled',
          },
        ])
      : null,
  };
}

/**
 * The seat offer as an SMS, for a person who left only a phone: without it the offer would lapse
 * unseen while the seat is held for them. Short (Greek SMS are UCS-2, 70 characters a segment).
 */
export function composeOfferSms(facts: {
  event: EventRow;
  center: CenterRow;
  registration: RegistrationRow;
  acceptUrl: string;
}) {
  const { event, center, registration } = facts;
  const language = registration.language;
  const title = eventTitle(event, language);
  const until = registration.offer_expires_at
    ? formatSlot(registration.offer_expires_at, center.timezone, language)
    : '';
  const body =
    language === 'en'
      ? `${center.name_en}: a seat is free for "${title}". Take it by ${until}: ${facts.acceptUrl}`
      : `${center.name_el}: ελευθερώθηκε θέση για «${title}». Κρατήστε τη έως ${until}: ${facts.acceptUrl}`;
  return {
    center_id: registration.center_id,
    kind: 'event.offer',
    channel: 'sms' as const,
    to: registration.phone ?? '',
    subject: title.slice(0, 300),
    body,
    ics: null,
  };
}
