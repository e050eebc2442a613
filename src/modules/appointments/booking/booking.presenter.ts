import type { KeyRing } from '../../../lib/crypto.js';
import type { Language } from '../../../server/i18n/language.js';
import type { AgendaRow, AppointmentRow } from './appointments.repository.js';
import type { BookedFacts } from './book-appointment.js';
import { renderCalendar } from './booking-ics.js';
import { composeMail, type MailKind } from './booking-mail.js';
import type { AgendaItem, Confirmation } from './booking.schemas.js';
import { signLink } from './signed-links.js';

export interface LinkContext {
  keyRing: KeyRing;
  /** `https://host` of the portal the links point to. */
  origin: string;
}

/** Cancel and move links, valid until the appointment starts. */
export function appointmentLinks(ctx: LinkContext, row: AppointmentRow) {
  const sign = (action: 'cancel' | 'move') =>
    signLink(ctx.keyRing, {
      centerId: row.center_id,
      recordId: row.id,
      action,
      expiresAt: row.starts_at,
    });
  return {
    cancelUrl: `${ctx.origin}/book/cancel/${row.id}?token=${encodeURIComponent(sign('cancel'))}`,
    moveUrl: `${ctx.origin}/book/move/${row.id}?token=${encodeURIComponent(sign('move'))}`,
  };
}

export function presentConfirmation(
  facts: BookedFacts,
  links: { cancelUrl: string; moveUrl: string } | null,
): Confirmation {
  const { row, type } = facts;
  return {
    id: row.id,
    status: row.status,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    staff: { displayName: facts.staffName },
    type: { id: type.id, name: { el: type.name_el, en: type.name_en } },
    cancelUrl: links?.cancelUrl ?? null,
    moveUrl: links?.moveUrl ?? null,
  };
}

/** The outbox row of an e-mail about an appointment, with its .ics attached (UTC times). */
export function appointmentMail(
  kind: Exclude<MailKind, 'waitlist.offer'>,
  facts: BookedFacts,
  language: Language,
  links: { cancelUrl: string; moveUrl: string } | null,
) {
  const { row, center, type } = facts;
  const mail = composeMail(kind, {
    language,
    zone: center.timezone,
    centerName: language === 'el' ? center.name_el : center.name_en,
    typeName: language === 'el' ? type.name_el : type.name_en,
    staffName: facts.staffName,
    startsAt: row.starts_at,
    links: links ? { cancel: links.cancelUrl, move: links.moveUrl } : {},
  });
  const ics = renderCalendar([
    {
      uid: `${row.id}@koinotita`,
      title: `${language === 'el' ? type.name_el : type.name_en} (${language === 'el' ? center.name_el : center.name_en})`,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      location: `${center.street} ${center.street_number}, ${center.postcode} ${language === 'el' ? center.city_el : center.city_en}`,
      cancelled: kind === 'appointment.cancelled',
    },
  ]);
  return { center_id: row.center_id, kind, subject: mail.subject, body: mail.body, ics };
}

export function presentAgendaItem(row: AgendaRow): AgendaItem {
  return {
    id: row.id,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    status: row.status,
    type: { id: row.type_id, name: { el: row.type_name_el, en: row.type_name_en } },
    staff: { id: row.staff_id, displayName: row.staff_name },
    resident: row.resident_id ? { id: row.resident_id, name: row.resident_name } : null,
    contact: { name: row.contact_name, phone: row.contact_phone, email: row.contact_email },
    reason: row.reason,
  };
}
