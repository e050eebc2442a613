import type { FieldMessage } from '../../lib/form-errors.js';
import type { Contact } from './booking-types.js';

/** Contact details as the person typed them, checked before anything is sent. */
export function contactMessages(
  contact: Contact,
  t: (key: string) => string,
  options: { emailRequired?: boolean } = {},
): FieldMessage[] {
  const found: FieldMessage[] = [];
  if (!contact.name.trim())
    found.push({ field: 'name', message: t('booking.details.nameMissing') });
  const email = contact.email.trim();
  if (options.emailRequired && !email) {
    found.push({ field: 'email', message: t('booking.details.emailMissing') });
  } else if (!options.emailRequired && !email && !contact.phone.trim()) {
    found.push({ field: 'phone', message: t('booking.details.contactMissing') });
  }
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    found.push({ field: 'email', message: t('booking.details.emailInvalid') });
  }
  return found;
}
