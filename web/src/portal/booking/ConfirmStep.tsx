import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import type { Submit } from '../../lib/use-submit.js';
import type { Stage } from './booking-stages.js';
import type { Contact, Slot } from './booking-types.js';
import { formatSlot } from './dates.js';
import { SlotTakenAlert } from './SlotTakenAlert.js';

interface ConfirmStepProps {
  progress: ReactNode;
  back: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  submit: Submit;
  typeName: string;
  slot: Slot;
  contact: Contact;
  alternatives: Slot[] | null;
  onChooseAlternative: (slot: Slot) => void;
  onChange: (to: Stage) => void;
  onConfirm: () => void;
}

/** Step 5: the summary, with «change» links back to each step, and the submit button. */
export function ConfirmStep(props: ConfirmStepProps) {
  const { progress, back, headingRef, submit, typeName, slot, contact, alternatives } = props;
  const { t, i18n } = useTranslation();
  const row = (key: string, value: string, to: Stage) => (
    <div className="govgr-summary-list__row">
      <dt className="govgr-summary-list__key">{t(key)}</dt>
      <dd className="govgr-summary-list__value">{value}</dd>
      <dd className="govgr-summary-list__actions">
        <Button variant="link" onClick={() => props.onChange(to)}>
          {t('booking.confirm.change')}
          <span className="govgr-visually-hidden"> {t(key)}</span>
        </Button>
      </dd>
    </div>
  );
  return (
    <>
      {progress}
      <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
        {t('booking.steps.confirm')}
      </h1>
      <ErrorSummary messages={submit.messages} />
      {alternatives ? (
        <SlotTakenAlert alternatives={alternatives} onChoose={props.onChooseAlternative} />
      ) : null}
      <dl className="govgr-summary-list">
        {row('booking.summary.type', typeName, 'type')}
        {row('booking.summary.when', formatSlot(slot.startsAt, i18n.language), 'day')}
        {row('booking.details.name', contact.name.trim(), 'details')}
        {row(
          'booking.summary.contact',
          [contact.phone.trim(), contact.email.trim()].filter(Boolean).join(' · '),
          'details',
        )}
      </dl>
      <Button className="govgr-btn-cta" onClick={props.onConfirm} disabled={submit.submitting}>
        {t('booking.confirm.submit')}
      </Button>
      {back}
    </>
  );
}
