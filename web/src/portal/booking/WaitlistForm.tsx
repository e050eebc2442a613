import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { TextField } from '../../components/TextField.js';
import { localized } from '../../lib/types.js';
import { useSubmit } from '../../lib/use-submit.js';
import { joinWaitlist, newIdempotencyKey } from './booking-api.js';
import type { Contact, PublicType } from './booking-types.js';
import { contactMessages } from './contact.js';
import { addDays, formatDay, todayInZone } from './dates.js';

/** No time fits: leave an e-mail and be offered the first slot that frees in a period. */
export function WaitlistForm({ type, from }: { type: PublicType; from: string | null }) {
  const { t, i18n } = useTranslation();
  const submit = useSubmit();
  const today = todayInZone();
  const [start, setStart] = useState(from && from > today ? from : today);
  const [end, setEnd] = useState(addDays(from && from > today ? from : today, 30));
  const [contact, setContact] = useState<Contact>({ name: '', phone: '', email: '' });
  const [consent, setConsent] = useState(false);
  const [joined, setJoined] = useState<{ from: string; to: string } | null>(null);
  const attemptKey = useRef<string | null>(null);
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = contactMessages(contact, t, { emailRequired: true });
    if (!start) found.push({ field: 'from', message: t('booking.waitlist.fromMissing') });
    if (!end || end < start) found.push({ field: 'to', message: t('booking.waitlist.toInvalid') });
    if (!consent) found.push({ field: 'consent', message: t('booking.details.consentMissing') });
    if (!submit.validate(found)) return;
    attemptKey.current ??= newIdempotencyKey();
    const key = attemptKey.current;
    const phone = contact.phone.trim();
    const done = await submit.run(() =>
      joinWaitlist(
        {
          typeId: type.id,
          from: start,
          to: end,
          name: contact.name.trim(),
          ...(phone ? { phone } : {}),
          email: contact.email.trim(),
          consent: true,
        },
        key,
      ),
    );
    if (done) {
      attemptKey.current = null;
      setJoined({ from: done.from, to: done.to });
    }
  }

  if (joined) {
    return (
      <NotificationBanner
        title={t('booking.waitlist.joinedTitle')}
        success
        testId="waitlist-joined"
      >
        <p className="govgr-body">
          {t('booking.waitlist.joined', {
            from: formatDay(joined.from, i18n.language),
            to: formatDay(joined.to, i18n.language),
          })}
        </p>
      </NotificationBanner>
    );
  }

  const edit =
    <K extends keyof Contact>(key: K) =>
    (value: string) => {
      attemptKey.current = null;
      setContact((c) => ({ ...c, [key]: value }));
    };
  return (
    <>
      <p className="govgr-body">
        {t('booking.waitlist.intro', { type: localized(type.name, i18n.language) })}
      </p>
      <ErrorSummary messages={submit.messages} />
      <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id="from"
          type="date"
          label={t('booking.waitlist.from')}
          value={start}
          min={today}
          onChange={(v) => {
            attemptKey.current = null;
            setStart(v);
          }}
          error={errors.from}
          widthClass="govgr-input--width-10"
        />
        <TextField
          id="to"
          type="date"
          label={t('booking.waitlist.to')}
          value={end}
          min={start}
          onChange={(v) => {
            attemptKey.current = null;
            setEnd(v);
          }}
          error={errors.to}
          widthClass="govgr-input--width-10"
        />
        <TextField
          id="name"
          label={t('booking.details.name')}
          value={contact.name}
          onChange={edit('name')}
          error={errors.name}
          autoComplete="name"
        />
        <TextField
          id="email"
          type="email"
          label={t('booking.waitlist.email')}
          value={contact.email}
          onChange={edit('email')}
          error={errors.email}
          autoComplete="email"
        />
        <TextField
          id="phone"
          type="tel"
          label={t('booking.waitlist.phone')}
          value={contact.phone}
          onChange={edit('phone')}
          error={errors.phone}
          autoComplete="tel"
          widthClass="govgr-input--width-20"
        />
        <div className={errors.consent ? 'govgr-field govgr-field__error' : 'govgr-field'}>
          {errors.consent ? (
            <p className="govgr-error-message" id="consent-error">
              {errors.consent}
            </p>
          ) : null}
          <div className="govgr-checkboxes">
            <Checkbox
              id="consent"
              label={t('booking.waitlist.consent')}
              checked={consent}
              onChange={setConsent}
            />
          </div>
        </div>
        <Button type="submit" disabled={submit.submitting}>
          {t('booking.waitlist.submit')}
        </Button>
      </form>
    </>
  );
}
