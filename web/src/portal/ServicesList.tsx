import { useTranslation } from 'react-i18next';

export const SERVICE_KEYS = [
  'reception',
  'referral',
  'cooperation',
  'living_standards',
  'benefits',
  'counseling',
  'events',
] as const;

/** The seven axes of a Community Center's work, in plain words. */
export function ServicesList() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="services-heading">
      <h2 className="govgr-heading-m" id="services-heading">
        {t('portal.servicesHeading')}
      </h2>
      <ul className="kt-services">
        {SERVICE_KEYS.map((key) => (
          <li key={key} className="govgr-card govgr-card--border-top">
            <div className="govgr-card__body">
              <h3 className="govgr-card__heading">{t(`portal.services.${key}.title`)}</h3>
              <p className="govgr-card__text">{t(`portal.services.${key}.text`)}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
