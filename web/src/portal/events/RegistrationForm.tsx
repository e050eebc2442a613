import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { useSubmit } from '../../lib/use-submit.js';
import {
  newIdempotencyKey,
  registerForEvent,
  type PublicEvent,
  type PublicRegistration,
} from './events-api.js';

interface RegistrationFormProps {
  event: PublicEvent;
  onRegistered: (registration: PublicRegistration) => void;
}

/** Name, a way to reach the person, consent: then a seat, or a place on the waitlist. */
export function RegistrationForm({ event, onRegistered }: RegistrationFormProps) {
  const { t, i18n } = useTranslation();
  const submit = useSubmit();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  /** One key per attempt: a double click or a retry registers once. */
  const attempt = useRef<string | null>(null);
  const errors = submit.fieldErrors;
  const full = event.seatsLeft === 0;

  function edited<T>(set: (value: T) => void) {
    return (value: T) => {
      attempt.current = null;
      set(value);
    };
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (submit.submitting) return;
    const found: FieldMessage[] = [];
    if (!name.trim()) found.push({ field: 'name', message: t('portal.events.form.nameMissing') });
    if (!email.trim() && !phone.trim()) {
      found.push({ field: 'phone', message: t('portal.events.form.contactMissing') });
    }
    if (!consent) found.push({ field: 'consent', message: t('portal.events.form.consentMissing') });
    if (!submit.validate(found)) return;
    attempt.current ??= newIdempotencyKey();
    const key = attempt.current;
    const done = await submit.run(() =>
      registerForEvent(
        event.id,
        {
          name: name.trim(),
          ...(email.trim() ? { email: email.trim() } : {}),
          ...(phone.trim() ? { phone: phone.trim() } : {}),
          language: i18n.language === 'en' ? 'en' : 'el',
          consent: true,
        },
        key,
      ),
    );
    if (done) onRegistered(done);
  }

  return (
    <section aria-labelledby="register-heading">
      <h2 className="govgr-heading-l" id="register-heading">
        {full ? t('portal.events.form.waitlistTitle') : t('portal.events.form.title')}
      </h2>
      {full ? <p className="govgr-body">{t('portal.events.form.fullText')}</p> : null}
      <ErrorSummary messages={submit.messages} />
      <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id="name"
          label={t('portal.events.form.name')}
          value={name}
          onChange={edited(setName)}
          error={errors.name}
          autoComplete="name"
        />
        <p className="govgr-body">{t('portal.events.form.contactHint')}</p>
        <TextField
          id="email"
          type="email"
          label={t('portal.events.form.email')}
          hint={t('portal.events.form.emailHint')}
          value={email}
          onChange={edited(setEmail)}
          error={errors.email}
          autoComplete="email"
        />
        <TextField
          id="phone"
          type="tel"
          label={t('portal.events.form.phone')}
          value={phone}
          onChange={edited(setPhone)}
          error={errors.phone}
          autoComplete="tel"
          widthClass="govgr-input--width-20"
        />
        <div className="govgr-inset-text">
          <p className="govgr-body">{t('portal.events.form.privacy')}</p>
        </div>
        <div className={errors.consent ? 'govgr-field govgr-field__error' : 'govgr-field'}>
          {errors.consent ? (
            <p className="govgr-error-message" id="consent-error">
              {errors.consent}
            </p>
          ) : null}
          <div className="govgr-checkboxes">
            <Checkbox
              id="consent"
              label={t('portal.events.form.consent')}
              checked={consent}
              onChange={edited(setConsent)}
            />
          </div>
        </div>
        <Button type="submit" className="govgr-btn-cta" disabled={submit.submitting}>
          {full ? t('portal.events.form.joinWaitlist') : t('portal.events.form.submit')}
        </Button>
      </form>
    </section>
  );
}
