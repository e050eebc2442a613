import type { Dispatch, FormEvent, ReactNode, RefObject, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import type { Submit } from '../../lib/use-submit.js';
import type { Contact } from './booking-types.js';
import { contactMessages } from './contact.js';

interface DetailsStepProps {
  progress: ReactNode;
  back: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  submit: Submit;
  contact: Contact;
  setContact: Dispatch<SetStateAction<Contact>>;
  reason: string;
  setReason: (reason: string) => void;
  consent: boolean;
  setConsent: (consent: boolean) => void;
  /** Called once the details pass validation. */
  onContinue: () => void;
}

/** Step 4: name, a way to reach the person, an optional reason and consent. */
export function DetailsStep(props: DetailsStepProps) {
  const { progress, back, headingRef, submit, contact, setContact, reason, consent } = props;
  const { t } = useTranslation();
  const errors = submit.fieldErrors;

  function onDetails(event: FormEvent) {
    event.preventDefault();
    const found = contactMessages(contact, t);
    if (!consent) found.push({ field: 'consent', message: t('booking.details.consentMissing') });
    if (!submit.validate(found)) return;
    props.onContinue();
  }

  return (
    <>
      {progress}
      <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
        {t('booking.steps.details')}
      </h1>
      <ErrorSummary messages={submit.messages} />
      <form className="govgr-form" noValidate onSubmit={onDetails}>
        <TextField
          id="name"
          label={t('booking.details.name')}
          value={contact.name}
          onChange={(name) => setContact((c) => ({ ...c, name }))}
          error={errors.name}
          autoComplete="name"
        />
        <p className="govgr-body">{t('booking.details.contactHint')}</p>
        <TextField
          id="phone"
          type="tel"
          label={t('booking.details.phone')}
          value={contact.phone}
          onChange={(phone) => setContact((c) => ({ ...c, phone }))}
          error={errors.phone}
          autoComplete="tel"
          widthClass="govgr-input--width-20"
        />
        <TextField
          id="email"
          type="email"
          label={t('booking.details.email')}
          hint={t('booking.details.emailHint')}
          value={contact.email}
          onChange={(email) => setContact((c) => ({ ...c, email }))}
          error={errors.email}
          autoComplete="email"
        />
        <TextArea
          id="reason"
          label={t('booking.details.reason')}
          hint={t('booking.details.reasonHint')}
          value={reason}
          onChange={props.setReason}
          maxLength={500}
          rows={3}
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
              label={t('booking.details.consent')}
              checked={consent}
              onChange={props.setConsent}
            />
          </div>
        </div>
        <Button type="submit">{t('booking.continue')}</Button>
      </form>
      {back}
    </>
  );
}
