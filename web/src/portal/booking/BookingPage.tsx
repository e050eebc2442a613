import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { toApiError } from '../../lib/api.js';
import { localized, type PublicCenter } from '../../lib/types.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { bookPublicly, newIdempotencyKey } from './booking-api.js';
import type { Confirmation, Contact, PublicType, Slot } from './booking-types.js';
import './booking.css';
import { contactMessages } from './contact.js';
import { ConfirmationView } from './ConfirmationView.js';
import { formatDay, formatSlot } from './dates.js';
import { MonthCalendar } from './MonthCalendar.js';
import { SlotList } from './SlotList.js';
import { WaitlistForm } from './WaitlistForm.js';

const PUBLIC_AVAILABILITY = '/api/public/availability';

type Stage = 'type' | 'day' | 'slot' | 'details' | 'confirm' | 'done' | 'waitlist';
const STEPS: Stage[] = ['type', 'day', 'slot', 'details', 'confirm'];

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
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [alternatives, setAlternatives] = useState<Slot[] | null>(null);
  const [monthEmpty, setMonthEmpty] = useState(false);
  /** One key per submission attempt: a double click or a retry sends the same one. */
  const attemptKey = useRef<string | null>(null);
  /** An alternative names its staff member: book exactly that one. */
  const alternativesChosen = useRef(false);
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

  function chooseSlot(next: Slot) {
    setSlot(next);
    attemptKey.current = null;
    setAlternatives(null);
  }

  function onDetails(event: FormEvent) {
    event.preventDefault();
    const found = contactMessages(contact, t);
    if (!consent) found.push({ field: 'consent', message: t('booking.details.consentMissing') });
    if (!submit.validate(found)) return;
    attemptKey.current = null;
    go('confirm');
  }

  async function onConfirm() {
    if (!type || !slot || submit.submitting) return;
    attemptKey.current ??= newIdempotencyKey();
    const key = attemptKey.current;
    setAlternatives(null);
    const phone = contact.phone.trim();
    const email = contact.email.trim();
    const booked = await submit.run(async () => {
      try {
        return await bookPublicly(
          {
            typeId: type.id,
            startsAt: slot.startsAt,
            ...(alternativesChosen.current ? { staffId: slot.staffId } : {}),
            name: contact.name.trim(),
            ...(phone ? { phone } : {}),
            ...(email ? { email } : {}),
            ...(reason.trim() ? { reason: reason.trim() } : {}),
            consent: true,
          },
          key,
        );
      } catch (error) {
        const apiError = toApiError(error);
        if (apiError.status === 409 && apiError.problem.code === 'slot_taken') {
          const offered = (apiError.problem as { alternatives?: Slot[] }).alternatives ?? [];
          setAlternatives(offered);
          attemptKey.current = null;
          return null;
        }
        throw error;
      }
    });
    if (booked) {
      attemptKey.current = null;
      setConfirmation(booked);
      go('done');
    }
  }

  if (stage === 'done' && confirmation) {
    return (
      <ConfirmationView
        confirmation={confirmation}
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
    const items = types.data?.items ?? [];
    return (
      <>
        {progress}
        <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        <p className="govgr-body-l">{t('booking.intro')}</p>
        <h2 className="govgr-heading-m">{t('booking.steps.type')}</h2>
        {types.loading ? <Loading /> : null}
        {types.error ? <LoadError error={types.error} onRetry={types.reload} /> : null}
        {types.data && items.length === 0 ? (
          <p className="govgr-body">{t('booking.type.none')}</p>
        ) : null}
        <ul className="govgr-list" data-testid="types">
          {items.map((item) => (
            <li key={item.id} className="kt-type-choice">
              <Button
                variant="secondary"
                onClick={() => {
                  setType(item);
                  setDay(null);
                  setSlot(null);
                  go('day');
                }}
              >
                {localized(item.name, lang)}
              </Button>
              <span className="govgr-hint">
                {t('common.minutes', { count: item.durationMinutes })} ·{' '}
                {t(`booking.mode.${item.mode}`)}
              </span>
            </li>
          ))}
        </ul>
        <p className="govgr-body">
          <Link className="govgr-link" href="/">
            {t('common.backHome')}
          </Link>
        </p>
      </>
    );
  }

  if (!type) return null;
  const typeName = localized(type.name, lang);

  if (stage === 'day') {
    return (
      <>
        {progress}
        <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
          {t('booking.steps.day')}
        </h1>
        <p className="govgr-body">{t('booking.day.intro', { type: typeName })}</p>
        <MonthCalendar
          typeId={type.id}
          endpoint={PUBLIC_AVAILABILITY}
          selected={day}
          onSelect={(d) => {
            setDay(d);
            setSlot(null);
            go('slot');
          }}
          onMonthLoaded={(_month, free) => setMonthEmpty(free === 0)}
        />
        <h2 className="govgr-heading-s">{t('booking.waitlist.question')}</h2>
        <p className="govgr-body">
          {monthEmpty ? t('booking.waitlist.emptyMonth') : t('booking.waitlist.offer')}
        </p>
        <Button variant="secondary" onClick={() => go('waitlist')}>
          {t('booking.waitlist.open')}
        </Button>
        {back('type')}
      </>
    );
  }

  if (stage === 'slot' && day) {
    return (
      <>
        {progress}
        <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
          {t('booking.steps.slot')}
        </h1>
        <p className="govgr-body">
          {t('booking.slot.intro', { day: formatDay(day, lang), type: typeName })}
        </p>
        <p className="govgr-hint">{t('booking.slot.anyStaff')}</p>
        <SlotList
          typeId={type.id}
          day={day}
          endpoint={PUBLIC_AVAILABILITY}
          selected={slot}
          onSelect={(s) => {
            alternativesChosen.current = false;
            chooseSlot(s);
            go('details');
          }}
        />
        {back('day')}
      </>
    );
  }

  if (stage === 'details') {
    const errors = submit.fieldErrors;
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
            onChange={setReason}
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
                onChange={setConsent}
              />
            </div>
          </div>
          <Button type="submit">{t('booking.continue')}</Button>
        </form>
        {back('slot')}
      </>
    );
  }

  if (stage === 'confirm' && slot) {
    const row = (key: string, value: string, to: Stage) => (
      <div className="govgr-summary-list__row">
        <dt className="govgr-summary-list__key">{t(key)}</dt>
        <dd className="govgr-summary-list__value">{value}</dd>
        <dd className="govgr-summary-list__actions">
          <Button variant="link" onClick={() => go(to)}>
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
          <div className="govgr-error-summary" role="alert" data-testid="slot-taken">
            <h2 className="govgr-heading-m">{t('booking.taken.title')}</h2>
            {alternatives.length > 0 ? (
              <>
                <p className="govgr-body">{t('booking.taken.alternatives')}</p>
                <ul className="kt-slots">
                  {alternatives.map((a) => (
                    <li key={`${a.startsAt}-${a.staffId}`}>
                      <Button
                        variant="secondary"
                        className="kt-slots__slot"
                        onClick={() => {
                          alternativesChosen.current = true;
                          chooseSlot(a);
                          headingRef.current?.focus();
                        }}
                      >
                        {formatSlot(a.startsAt, lang)}
                      </Button>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="govgr-body">{t('booking.taken.none')}</p>
            )}
          </div>
        ) : null}
        <dl className="govgr-summary-list">
          {row('booking.summary.type', typeName, 'type')}
          {row('booking.summary.when', formatSlot(slot.startsAt, lang), 'day')}
          {row('booking.details.name', contact.name.trim(), 'details')}
          {row(
            'booking.summary.contact',
            [contact.phone.trim(), contact.email.trim()].filter(Boolean).join(' · '),
            'details',
          )}
        </dl>
        <Button
          className="govgr-btn-cta"
          onClick={() => void onConfirm()}
          disabled={submit.submitting}
        >
          {t('booking.confirm.submit')}
        </Button>
        {back('details')}
      </>
    );
  }

  return null;
}
