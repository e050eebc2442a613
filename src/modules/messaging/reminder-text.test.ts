import { describe, expect, it } from 'vitest';
import { composeReminder, type ReminderFacts } from './reminder-text.js';
import { messageIdFor } from './smtp-transport.js';

const facts: ReminderFacts = {
  language: 'el',
  zone: 'Europe/Athens',
  centerName: 'Κέντρο Κοινότητας Αμαρουσίου',
  address: 'Βασ. Σοφίας 9, 151 24 Μαρούσι',
  phones: ['2106100000', '2106100001'],
  typeName: 'Ενημέρωση για επιδόματα',
  staffName: 'Ελένη Γεωργίου',
  // 10:00 in Athens (UTC+3, summer time).
  startsAt: new Date('2026-06-01T07:00:00Z'),
  links: {
    cancel: 'https://k.example.gr/book/cancel/1?token=a',
    move: 'https://k.example.gr/book/move/1?token=b',
  },
};

describe('reminder text', () => {
  it('is Greek, in Athens time, with the Center, its address and phones, and the cancel link', () => {
    const reminder = composeReminder(facts);
    expect(reminder.subject).toMatch(
      /^Υπενθύμιση ραντεβού: Δευτέρα 1 Ιουνίου 2026\S* (στις )?10:00$/,
    );
    expect(reminder.body).toContain(
      'Σας υπενθυμίζουμε το ραντεβού σας στο Κέντρο Κοινότητας Αμαρουσίου.',
    );
    expect(reminder.body).toContain('Διεύθυνση: Βασ. Σοφίας 9, 151 24 Μαρούσι');
    expect(reminder.body).toContain('Τηλέφωνα: 2106100000, 2106100001');
    expect(reminder.body).toContain('Σας εξυπηρετεί: Ελένη Γεωργίου');
    expect(reminder.body).toContain('Ακύρωση: https://k.example.gr/book/cancel/1?token=a');
    expect(reminder.sms).toMatch(
      /^Υπενθύμιση ραντεβού: Δευτέρα 1 Ιουνίου 2026.* 10:00, Κέντρο Κοινότητας Αμαρουσίου, Βασ\. Σοφίας 9, 151 24 Μαρούσι\. Ακύρωση: https:\/\/k\.example\.gr\/book\/cancel\/1\?token=a$/,
    );
  });

  it('asks for a phone call when no link can be signed', () => {
    const reminder = composeReminder({ ...facts, links: null });
    expect(reminder.body).toContain('παρακαλούμε ενημερώστε μας τηλεφωνικά');
    expect(reminder.body).not.toContain('http');
    expect(reminder.sms).toMatch(/Τηλ\. 2106100000$/);
  });

  it('is English for a booking made in English, in winter time too', () => {
    const reminder = composeReminder({
      ...facts,
      language: 'en',
      startsAt: new Date('2026-12-07T08:30:00Z'),
    });
    expect(reminder.subject).toMatch(/^Appointment reminder: Monday,? 7 December 2026.* 10:30$/);
    expect(reminder.body).toContain('Phone: 2106100000, 2106100001');
  });
});

describe('Message-ID', () => {
  it('is derived from the outbox row, in the sender domain', () => {
    expect(messageIdFor('abc', 'Κέντρο <no-reply@kentro.example.gr>')).toBe(
      '<outbox-abc@kentro.example.gr>',
    );
    expect(messageIdFor('abc', 'no-reply@localhost')).toBe('<outbox-abc@localhost>');
  });
});
