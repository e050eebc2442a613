import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { localized, type PublicCenter } from '../../lib/types.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { STEPS, type Stage } from './booking-stages.js';
import type { Contact, PublicType, Slot } from './booking-types.js';
import './booking.css';
import { ConfirmationView } from './ConfirmationView.js';
import { ConfirmStep } from './ConfirmStep.js';
import { DayStep } from './DayStep.js';
import { DetailsStep } from './DetailsStep.js';
import { SlotStep } from './SlotStep.js';
import { TypeStep } from './TypeStep.js';
import { useBookingSubmission } from './use-booking-submission.js';
import { WaitlistForm } from './WaitlistForm.js';

/** «Κλείστε ραντεβού»: type → day → time → details → confirm, without an account. */
export function BookingPage({ center }: { center: PublicCenter | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const types = useApiQuery<{ items: PublicType[] }>('/api/public/appointment-types');
  const submit = useSubmit();
  const [stage, setStage] = useState<Stage>('type');
  const [type, setType] = useState<PublicType | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [contact, setContact] = useState<Contact>({ name: '', phone: '', email: '' });
  const [reason, setReason] = useState('');
  const [consent, setConsent] = useState(false);
  const [monthEmpty, setMonthEmpty] = useState(false);
  const submission = useBookingSubmission({ type, slot, contact, reason }, submit, setSlot, () =>
    go('done'),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const title = t('booking.title');
  const stepIndex = STEPS.indexOf(stage);
  const stepName = stage === 'done' ? t('booking.done.title') : t(`booking.steps.${stage}`);
  useDocumentTitle(
    t('common.pageTitle', {
      page: stage === 'type' ? title : `${stepName} – ${title}`,
      site: t('common.appName'),
    }),
  );

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
    window.scrollTo(0, 0);
  }, [stage]);

  function go(next: Stage) {
    submit.clear();
    setStage(next);
  }

  if (stage === 'done' && submission.confirmation) {
    return (
      <ConfirmationView
        confirmation={submission.confirmation}
        mode={type?.mode}
        center={center}
        emailed={Boolean(contact.email.trim())}
        headingRef={headingRef}
      />
    );
  }

  const progress =
    stepIndex >= 0 ? (
      <p className="govgr-caption-l" data-testid="wizard-progress">
        {t('booking.progress', { n: stepIndex + 1, total: STEPS.length })}
      </p>
    ) : null;
  const back = (to: Stage) => (
    <p className="govgr-body">
      <Button variant="link" onClick={() => go(to)}>
        {t('booking.back')}
      </Button>
    </p>
  );

  if (stage === 'waitlist' && type) {
    return (
      <>
        <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
          {t('booking.waitlist.title')}
        </h1>
        <WaitlistForm type={type} from={day} />
        {back('day')}
      </>
    );
  }

  if (stage === 'type') {
    return (
      <TypeStep
        progress={progress}
        headingRef={headingRef}
        title={title}
        types={types}
        onChoose={(item) => {
          setType(item);
          setDay(null);
          setSlot(null);
          go('day');
        }}
      />
    );
  }

  if (!type) return null;
  const typeName = localized(type.name, lang);
  const common = { progress, headingRef, typeName };

  if (stage === 'day') {
    return (
      <DayStep
        {...common}
        back={back('type')}
        type={type}
        day={day}
        monthEmpty={monthEmpty}
        onMonthEmpty={setMonthEmpty}
        onSelect={(d) => {
          setDay(d);
          setSlot(null);
          go('slot');
        }}
        onWaitlist={() => go('waitlist')}
      />
    );
  }

  if (stage === 'slot' && day) {
    return (
      <SlotStep
        {...common}
        back={back('day')}
        type={type}
        day={day}
        slot={slot}
        onSelect={(s) => {
          submission.chooseSlot(s, false);
          go('details');
        }}
      />
    );
  }

  if (stage === 'details') {
    return (
      <DetailsStep
        progress={progress}
        back={back('slot')}
        headingRef={headingRef}
        submit={submit}
        contact={contact}
        setContact={setContact}
        reason={reason}
        setReason={setReason}
        consent={consent}
        setConsent={setConsent}
        onContinue={() => {
          submission.newAttempt();
          go('confirm');
        }}
      />
    );
  }

  if (stage === 'confirm' && slot) {
    return (
      <ConfirmStep
        {...common}
        back={back('details')}
        submit={submit}
        slot={slot}
        contact={contact}
        alternatives={submission.alternatives}
        onChooseAlternative={(a) => {
          submission.chooseSlot(a, true);
          headingRef.current?.focus();
        }}
        onChange={go}
        onConfirm={() => void submission.confirm()}
      />
    );
  }

  return null;
}
