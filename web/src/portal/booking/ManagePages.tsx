import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { ApiError, toApiError } from '../../lib/api.js';
import type { PublicCenter } from '../../lib/types.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { PhoneLinks } from '../PhoneLinks.js';
import { acceptOffer, cancelByLink, moveByLink, viewByLink } from './booking-api.js';
import type { Confirmation, Slot } from './booking-types.js';
import './booking.css';
import { AppointmentSummary, ConfirmationView } from './ConfirmationView.js';
import { formatDay, formatSlot } from './dates.js';
import { MonthCalendar } from './MonthCalendar.js';
import { SlotList } from './SlotList.js';

interface ManageProps {
  id: string;
  center: PublicCenter | undefined;
}

function useToken(): string {
  return new URLSearchParams(useSearch()).get('token') ?? '';
}

function usePageTitle(page: string) {
  const { t } = useTranslation();
  useDocumentTitle(t('common.pageTitle', { page, site: t('common.appName') }));
}

/** A forged, altered or expired link: say so plainly and offer a way on. */
export function InvalidLinkPage({
  center,
  error,
}: {
  center: PublicCenter | undefined;
  error?: ApiError;
}) {
  const { t } = useTranslation();
  const title = t('booking.link.invalidTitle');
  usePageTitle(title);
  const phones = center?.phones ?? [];
  return (
    <>
      <h1 className="govgr-heading-xl" data-testid="link-invalid">
        {title}
      </h1>
      <p className="govgr-body-l">{error?.problem.detail ?? t('booking.link.invalidText')}</p>
      <p className="govgr-body">{t('booking.link.invalidHelp')}</p>
      {phones.length > 0 ? <PhoneLinks phones={phones} /> : null}
      <p className="govgr-body">
        <Link className="govgr-link" href="/book">
          {t('booking.link.bookAgain')}
        </Link>
      </p>
    </>
  );
}

/** Loads the appointment a signed link is about; no token at all is an invalid link. */
function useLinkedAppointment(
  id: string,
  token: string,
): { data?: Confirmation; error?: ApiError } {
  const [state, setState] = useState<{ key: string; data?: Confirmation; error?: ApiError }>({
    key: '',
  });
  const key = `${id}|${token}`;
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    viewByLink(id, token).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data });
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setState({ key, error: toApiError(e) });
      },
    );
    return () => controller.abort();
  }, [id, token, key]);
  if (!token) return { error: new ApiError({ status: 403 }) };
  return state.key === key ? state : {};
}

/** 403 (forged or expired), 404 or a malformed id or token: the link itself is at fault. */
function isLinkError(error: ApiError): boolean {
  return error.status === 403 || error.status === 404 || error.status === 400;
}

export function CancelAppointmentPage({ id, center }: ManageProps) {
  const { t } = useTranslation();
  const token = useToken();
  const loaded = useLinkedAppointment(id, token);
  const submit = useSubmit();
  const [cancelled, setCancelled] = useState<Confirmation | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const title = t('booking.cancel.title');
  usePageTitle(title);

  useEffect(() => {
    if (cancelled) headingRef.current?.focus();
  }, [cancelled]);

  if (loaded.error) {
    return isLinkError(loaded.error) ? (
      <InvalidLinkPage center={center} error={loaded.error} />
    ) : (
      <LoadError error={loaded.error} />
    );
  }
  if (!loaded.data) return <Loading />;
  const appointment = cancelled ?? loaded.data;
  const isCancelled = appointment.status === 'cancelled';

  async function onCancel() {
    const done = await submit.run(() => cancelByLink(id, token));
    if (done) setCancelled(done);
  }

  return (
    <>
      <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
        {cancelled ? t('booking.cancel.doneTitle') : title}
      </h1>
      <ErrorSummary messages={submit.messages} />
      {cancelled ? (
        <NotificationBanner title={t('booking.cancel.doneTitle')} success testId="cancelled">
          <p className="govgr-body">{t('booking.cancel.done')}</p>
        </NotificationBanner>
      ) : null}
      <AppointmentSummary appointment={appointment} center={center} />
      {isCancelled && !cancelled ? (
        <p className="govgr-body">{t('booking.cancel.already')}</p>
      ) : null}
      {!isCancelled ? (
        <>
          <p className="govgr-body">{t('booking.cancel.question')}</p>
          <div className="govgr-button-group kt-inline-actions">
            <Button variant="warning" onClick={() => void onCancel()} disabled={submit.submitting}>
              {t('booking.cancel.submit')}
            </Button>
            <Link className="govgr-link" href="/">
              {t('booking.cancel.keep')}
            </Link>
          </div>
        </>
      ) : (
        <p className="govgr-body">
          <Link className="govgr-link" href="/book">
            {t('booking.link.bookAgain')}
          </Link>
        </p>
      )}
    </>
  );
}

export function MoveAppointmentPage({ id, center }: ManageProps) {
  const { t, i18n } = useTranslation();
  const token = useToken();
  const loaded = useLinkedAppointment(id, token);
  const submit = useSubmit();
  const [day, setDay] = useState<string | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [moved, setMoved] = useState<Confirmation | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const title = t('booking.move.title');
  usePageTitle(title);

  if (loaded.error) {
    return isLinkError(loaded.error) ? (
      <InvalidLinkPage center={center} error={loaded.error} />
    ) : (
      <LoadError error={loaded.error} />
    );
  }
  if (!loaded.data) return <Loading />;
  if (moved) {
    return (
      <ConfirmationView
        confirmation={moved}
        mode={undefined}
        center={center}
        emailed
        headingRef={headingRef}
        title={t('booking.move.doneTitle')}
      />
    );
  }
  const appointment = loaded.data;
  if (appointment.status !== 'booked') {
    return (
      <>
        <h1 className="govgr-heading-xl">{title}</h1>
        <AppointmentSummary appointment={appointment} center={center} />
        <p className="govgr-body">{t('booking.move.notPossible')}</p>
      </>
    );
  }

  async function onMove() {
    if (!slot) return;
    const done = await submit.run(() => moveByLink(id, token, slot.startsAt));
    if (done) setMoved(done);
  }

  return (
    <>
      <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <ErrorSummary messages={submit.messages} />
      <h2 className="govgr-heading-m">{t('booking.move.current')}</h2>
      <AppointmentSummary appointment={appointment} center={center} />
      <h2 className="govgr-heading-m">{t('booking.move.pickDay')}</h2>
      <MonthCalendar
        typeId={appointment.type.id}
        endpoint="/api/public/availability"
        headingLevel={3}
        selected={day}
        onSelect={(d) => {
          setDay(d);
          setSlot(null);
        }}
      />
      {day ? (
        <>
          <h2 className="govgr-heading-m">
            {t('booking.slot.forDay', { day: formatDay(day, i18n.language) })}
          </h2>
          <SlotList
            typeId={appointment.type.id}
            day={day}
            endpoint="/api/public/availability"
            selected={slot}
            onSelect={setSlot}
          />
        </>
      ) : null}
      {slot ? (
        <>
          <p className="govgr-body">
            {t('booking.move.newTime', { when: formatSlot(slot.startsAt, i18n.language) })}
          </p>
          <Button onClick={() => void onMove()} disabled={submit.submitting}>
            {t('booking.move.submit')}
          </Button>
        </>
      ) : null}
    </>
  );
}

export function WaitlistOfferPage({ id, center }: ManageProps) {
  const { t } = useTranslation();
  const token = useToken();
  const submit = useSubmit();
  const [booked, setBooked] = useState<Confirmation | null>(null);
  const [invalid, setInvalid] = useState<ApiError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const title = t('booking.offer.title');
  usePageTitle(title);

  useEffect(() => {
    if (booked) headingRef.current?.focus();
  }, [booked]);

  if (!token || invalid) return <InvalidLinkPage center={center} error={invalid ?? undefined} />;
  if (booked) {
    return (
      <ConfirmationView
        confirmation={booked}
        mode={undefined}
        center={center}
        emailed
        headingRef={headingRef}
      />
    );
  }

  async function onAccept() {
    const done = await submit.run(async () => {
      try {
        return await acceptOffer(id, token);
      } catch (error) {
        const apiError = toApiError(error);
        if (apiError.status === 403) {
          setInvalid(apiError);
          return null;
        }
        throw error;
      }
    });
    if (done) setBooked(done);
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <ErrorSummary messages={submit.messages} />
      <p className="govgr-body-l">{t('booking.offer.intro')}</p>
      <Button onClick={() => void onAccept()} disabled={submit.submitting}>
        {t('booking.offer.accept')}
      </Button>
      <p className="govgr-body">
        <Link className="govgr-link" href="/book">
          {t('booking.offer.other')}
        </Link>
      </p>
    </>
  );
}
