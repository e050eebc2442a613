import type { Language } from '../../server/i18n/language.js';
import { formatSlot } from '../appointments/booking/booking-time.js';

/** What a reminder says: the Center, where and how to reach it, when, and how to cancel. */
export interface ReminderFacts {
  language: Language;
  /** The Center's zone (Europe/Athens): the time is written as the Center's clock shows it. */
  zone: string;
  centerName: string;
  address: string;
  phones: readonly string[];
  typeName: string;
  staffName: string;
  startsAt: Date;
  /** Signed links, when the portal's address is known (PUBLIC_URL or where the booking came from). */
  links: { cancel: string; move: string } | null;
}

export interface Reminder {
  subject: string;
  body: string;
  /** One short SMS: no staff name and no move link, to stay within a couple of segments. */
  sms: string;
}

const texts = {
  el: {
    subject: (when: string) => `Υπενθύμιση ραντεβού: ${when}`,
    intro: (f: ReminderFacts) => `Σας υπενθυμίζουμε το ραντεβού σας στο ${f.centerName}.`,
    service: 'Υπηρεσία',
    when: 'Ημερομηνία και ώρα',
    staff: 'Σας εξυπηρετεί',
    address: 'Διεύθυνση',
    phones: 'Τηλέφωνα',
    cancelAsk: 'Αν δεν μπορείτε να έρθετε, ακυρώστε το για να εξυπηρετηθεί κάποιος άλλος.',
    callAsk: 'Αν δεν μπορείτε να έρθετε, παρακαλούμε ενημερώστε μας τηλεφωνικά.',
    cancel: 'Ακύρωση',
    move: 'Αλλαγή ώρας',
    smsLead: 'Υπενθύμιση ραντεβού',
    smsPhone: 'Τηλ.',
  },
  en: {
    subject: (when: string) => `Appointment reminder: ${when}`,
    intro: (f: ReminderFacts) => `This is a reminder of your appointment at ${f.centerName}.`,
    service: 'Service',
    when: 'Date and time',
    staff: 'With',
    address: 'Address',
    phones: 'Phone',
    cancelAsk: 'If you cannot come, please cancel so that someone else can have the time.',
    callAsk: 'If you cannot come, please let us know by phone.',
    cancel: 'Cancel',
    move: 'Change the time',
    smsLead: 'Appointment reminder',
    smsPhone: 'Tel.',
  },
} as const;

export function composeReminder(f: ReminderFacts): Reminder {
  const t = texts[f.language];
  const when = formatSlot(f.startsAt, f.zone, f.language);
  const phones = f.phones.join(', ');
  const body = [
    t.intro(f),
    `${t.service}: ${f.typeName}`,
    `${t.when}: ${when}`,
    `${t.staff}: ${f.staffName}`,
    `${t.address}: ${f.address}`,
    ...(phones ? [`${t.phones}: ${phones}`] : []),
    '',
    f.links ? t.cancelAsk : t.callAsk,
    ...(f.links ? [`${t.cancel}: ${f.links.cancel}`, `${t.move}: ${f.links.move}`] : []),
  ];
  const contact = f.links
    ? `${t.cancel}: ${f.links.cancel}`
    : f.phones[0]
      ? `${t.smsPhone} ${f.phones[0]}`
      : '';
  const sms = [`${t.smsLead}: ${when}, ${f.centerName}, ${f.address}.`, contact]
    .filter(Boolean)
    .join(' ');
  return { subject: t.subject(when), body: body.join('\n') + '\n', sms };
}
