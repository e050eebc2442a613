import { useTranslation } from 'react-i18next';
import { localized, type PublicCenter } from '../lib/types.js';
import { OpeningHoursText } from './OpeningHoursText.js';
import { PhoneLinks } from './PhoneLinks.js';

export function CenterContacts({ center }: { center: PublicCenter }) {
  const { t, i18n } = useTranslation();
  const { address } = center;
  const city = localized(address.city, i18n.language);
  return (
    <section aria-labelledby="contact-heading">
      <h2 className="govgr-heading-m" id="contact-heading">
        {t('portal.contactHeading')}
      </h2>
      <dl className="govgr-summary-list">
        <div className="govgr-summary-list__row">
          <dt className="govgr-summary-list__key">{t('portal.address')}</dt>
          <dd className="govgr-summary-list__value">
            {`${address.street} ${address.number}, ${address.postcode} ${city}`}
          </dd>
        </div>
        <div className="govgr-summary-list__row">
          <dt className="govgr-summary-list__key">{t('portal.hours')}</dt>
          <dd className="govgr-summary-list__value">
            <OpeningHoursText hours={center.openingHours} byAppointment={center.byAppointment} />
          </dd>
        </div>
        {center.phones.length > 0 ? (
          <div className="govgr-summary-list__row">
            <dt className="govgr-summary-list__key">{t('portal.phones')}</dt>
            <dd className="govgr-summary-list__value">
              <PhoneLinks phones={center.phones} />
            </dd>
          </div>
        ) : null}
        {center.email ? (
          <div className="govgr-summary-list__row">
            <dt className="govgr-summary-list__key">{t('portal.email')}</dt>
            <dd className="govgr-summary-list__value">
              <a className="govgr-link" href={`mailto:${center.email}`}>
                {center.email}
              </a>
            </dd>
          </div>
        ) : null}
        {center.website ? (
          <div className="govgr-summary-list__row">
            <dt className="govgr-summary-list__key">{t('portal.website')}</dt>
            <dd className="govgr-summary-list__value">
              <a className="govgr-link" href={center.website} rel="noopener noreferrer">
                {center.website}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
