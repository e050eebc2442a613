import type { Language } from '../../../server/i18n/language.js';
import { formatSlot } from './booking-time.js';

/** The e-mails booking writes to the outbox; a worker sends them after the transaction commits. */
export type MailKind =
  'appointment.confirmed' | 'appointment.moved' | 'appointment.cancelled' | 'waitlist.offer';

export interface MailFacts {
  language: Language;
  zone: string;
  centerName: string;
  typeName: string;
  staffName: string;
  startsAt: Date;
  /** Links for the resident: cancel and move, or accept for a waitlist offer. */
  links: { cancel?: string; move?: string; accept?: string };
  /** Until when a waitlist offer holds. */
  offerExpiresAt?: Date;
}

export interface Mail {
  subject: string;
  body: string;
}

const texts = {
  el: {
    'appointment.confirmed': (f: MailFacts, when: string) => ({
      subject: `Επιβεβαίωση ραντεβού: ${when}`,
      lines: [
        `Το ραντεβού σας στο ${f.centerName} κλείστηκε.`,
        `Υπηρεσία: ${f.typeName}`,
        `Ημερομηνία και ώρα: ${when}`,
        `Σας εξυπηρετεί: ${f.staffName}`,
      ],
    }),
    'appointment.moved': (f: MailFacts, when: string) => ({
      subject: `Αλλαγή ραντεβού: ${when}`,
      lines: [
        `Το ραντεβού σας στο ${f.centerName} μεταφέρθηκε.`,
        `Υπηρεσία: ${f.typeName}`,
        `Νέα ημερομηνία και ώρα: ${when}`,
        `Σας εξυπηρετεί: ${f.staffName}`,
      ],
    }),
    'appointment.cancelled': (f: MailFacts, when: string) => ({
      subject: `Ακύρωση ραντεβού: ${when}`,
      lines: [`Το ραντεβού σας στο ${f.centerName} (${f.typeName}, ${when}) ακυρώθηκε.`],
    }),
    'waitlist.offer': (f: MailFacts, when: string) => ({
      subject: `Ελεύθερο ραντεβού: ${when}`,
      lines: [
        `Ελευθερώθηκε ραντεβού στο ${f.centerName} για «${f.typeName}»: ${when}, με ${f.staffName}.`,
        `Σας το κρατάμε έως ${f.offerExpiresAt ? formatSlot(f.offerExpiresAt, f.zone, 'el') : ''}. Μετά προσφέρεται στον επόμενο της λίστας.`,
      ],
    }),
    cancel: 'Ακύρωση',
    move: 'Αλλαγή ώρας',
    accept: 'Αποδοχή',
  },
  en: {
    'appointment.confirmed': (f: MailFacts, when: string) => ({
      subject: `Appointment confirmed: ${when}`,
      lines: [
        `Your appointment at ${f.centerName} is booked.`,
        `Service: ${f.typeName}`,
        `Date and time: ${when}`,
        `With: ${f.staffName}`,
      ],
    }),
    'appointment.moved': (f: MailFacts, when: string) => ({
      subject: `Appointment moved: ${when}`,
      lines: [
        `Your appointment at ${f.centerName} was moved.`,
        `Service: ${f.typeName}`,
        `New date and time: ${when}`,
        `With: ${f.staffName}`,
      ],
    }),
    'appointment.cancelled': (f: MailFacts, when: string) => ({
      subject: `Appointment cancelled: ${when}`,
      lines: [`Your appointment at ${f.centerName} (${f.typeName}, ${when}) was cancelled.`],
    }),
    'waitlist.offer': (f: MailFacts, when: string) => ({
      subject: `An appointment is free: ${when}`,
      lines: [
        `An appointment at ${f.centerName} for “${f.typeName}” became free: ${when}, with ${f.staffName}.`,
        `We hold it for you until ${f.offerExpiresAt ? formatSlot(f.offerExpiresAt, f.zone, 'en') : ''}. Then it is offered to the next person on the list.`,
      ],
    }),
    cancel: 'Cancel',
    move: 'Change the time',
    accept: 'Accept',
  },
} as const;

export function composeMail(kind: MailKind, facts: MailFacts): Mail {
  const t = texts[facts.language];
  const when = formatSlot(facts.startsAt, facts.zone, facts.language);
  const { subject, lines } = t[kind](facts, when);
  const links = (['accept', 'move', 'cancel'] as const)
    .filter((name) => facts.links[name])
    .map((name) => `${t[name]}: ${facts.links[name] ?? ''}`);
  return { subject, body: [...lines, '', ...links].join('\n').trimEnd() + '\n' };
}
