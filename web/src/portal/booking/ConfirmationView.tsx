import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localized, type PublicCenter } from '../../lib/types.js';
import { PhoneLinks } from '../PhoneLinks.js';
import type { Confirmation, Mode } from './booking-types.js';
import { formatSlot, formatTime } from './dates.js';

/** A portal-relative path of a link the server built (same origin), for client navigation. */
export function portalPath(url: string): string {
  try {
    const parsed = new URL(url, window.location.origin);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

interface AppointmentSummaryProps {
  appointment: Confirmation;
  mode?: Mode | undefined;
  center: PublicCenter | undefined;
}

/** When, what, with whom and where: the facts of one appointment as a summary list. */
export function AppointmentSummary({ appointment, mode, center }: AppointmentSummaryProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const address = center
    ? `${center.address.street} ${center.address.number}, ${center.address.postcode} ${localized(center.address.city, lang)}`
    : null;
  return (
    <dl className="govgr-summary-list" data-testid="appointment-summary">
      <div className="govgr-summary-list__row">
        <dt className="govgr-summary-list__key">{t('booking.summary.when')}</dt>
        <dd className="govgr-summary-list__value">
          {`${formatSlot(appointment.startsAt, lang)} – ${formatTime(appointment.endsAt, lang)}`}
        </dd>
      </div>
      <div className="govgr-summary-list__row">
        <dt className="govgr-summary-list__key">{t('booking.summary.type')}</dt>
        <dd className="govgr-summary-list__value">{localized(appointment.type.name, lang)}</dd>
      </div>
      <div className="govgr-summary-list__row">
        <dt className="govgr-summary-list__key">{t('booking.summary.staff')}</dt>
        <dd className="govgr-summary-list__value">{appointment.staff.displayName}</dd>
      </div>
      <div className="govgr-summary-list__row">
        <dt className="govgr-summary-list__key">
          {mode === 'phone' || mode === 'video'
            ? t('booking.summary.how')
            : t('booking.summary.where')}
        </dt>
        <dd className="govgr-summary-list__value">
          {mode === 'phone'
            ? t('booking.summary.byPhone')
            : mode === 'video'
              ? t('booking.summary.byVideo')
              : (address ?? t('booking.summary.atCenter'))}
        </dd>
      </div>
    </dl>
  );
}

interface ConfirmationViewProps {
  confirmation: Confirmation;
  mode: Mode | undefined;
  center: PublicCenter | undefined;
  emailed: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  title?: string;
}

export function ConfirmationView(props: ConfirmationViewProps) {
  const { confirmation, mode, center, emailed, headingRef, title } = props;
  const { t, i18n } = useTranslation();
  const phones = center?.phones ?? [];
  return (
    <>
      <div className="govgr-panel govgr-panel--confirmation" data-testid="booking-confirmed">
        <h1 className="govgr-panel__title" ref={headingRef} tabIndex={-1}>
          {title ?? t('booking.done.title')}
        </h1>
        <div className="govgr-panel__body">{formatSlot(confirmation.startsAt, i18n.language)}</div>
      </div>
      <AppointmentSummary appointment={confirmation} mode={mode} center={center} />
      <p className="govgr-body">
        {emailed ? t('booking.done.emailed') : t('booking.done.noEmail')}
      </p>
      {confirmation.cancelUrl || confirmation.moveUrl ? (
        <>
          <h2 className="govgr-heading-m">{t('booking.done.changeTitle')}</h2>
          <ul className="govgr-list">
            {confirmation.moveUrl ? (
              <li>
                <Link className="govgr-link" href={portalPath(confirmation.moveUrl)}>
                  {t('booking.done.move')}
                </Link>
              </li>
            ) : null}
            {confirmation.cancelUrl ? (
              <li>
                <Link className="govgr-link" href={portalPath(confirmation.cancelUrl)}>
                  {t('booking.done.cancel')}
                </Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      {phones.length > 0 ? (
        <>
          <p className="govgr-body">{t('booking.done.questions')}</p>
          <PhoneLinks phones={phones} />
        </>
      ) : null}
      <p className="govgr-body">
        <Link className="govgr-link" href="/">
          {t('common.backHome')}
        </Link>
      </p>
    </>
  );
}
