import { useTranslation } from 'react-i18next';
import type { CostOption, Phone, PublicService, Schedule } from './directory-types.js';

/** An amount worth showing: "12,50 €"; nothing for a free option (its name says so). */
function costAmount(cost: CostOption): string | null {
  if (cost.amount === null || cost.amount === 0) return null;
  const amount = cost.amount.toLocaleString('el-GR', { minimumFractionDigits: 2 });
  return cost.currency === 'EUR' || cost.currency === null
    ? `${amount} €`
    : `${amount} ${cost.currency}`;
}

function statusKey(status: string): string {
  return status.replace(' ', '_');
}

export function PhoneList({ phones }: { phones: Phone[] }) {
  if (phones.length === 0) return null;
  return (
    <ul className="govgr-list">
      {phones.map((phone, i) => (
        <li key={`${phone.number}-${i}`}>
          <a className="govgr-link" href={`tel:${phone.number.replace(/[^\d+]/g, '')}`}>
            {phone.number}
          </a>
          {phone.extension ? ` (${phone.extension})` : ''}
          {phone.description ? ` – ${phone.description}` : ''}
        </li>
      ))}
    </ul>
  );
}

function ScheduleText({ schedule }: { schedule: Schedule }) {
  const { t } = useTranslation();
  const days = schedule.byday.map((d) => t(`directory.weekdayShort.${d}`)).join(', ');
  const times =
    schedule.opensAt && schedule.closesAt ? `${schedule.opensAt}–${schedule.closesAt}` : '';
  return <>{[days, times, schedule.description].filter(Boolean).join(' · ')}</>;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <h2 className="govgr-heading-m">{title}</h2>
      {children}
    </>
  );
}

/**
 * Everything a resident (or a staff member referring one) needs about a service: what it is,
 * who can use it, how to apply, documents, costs, hours, languages and where to go.
 */
export function ServiceDetails({ service }: { service: PublicService }) {
  const { t } = useTranslation();
  const text = (value: string | null) => (value ? <p className="govgr-body">{value}</p> : null);
  return (
    <>
      {service.status !== 'active' ? (
        <div className="govgr-warning-text">
          <span className="govgr-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govgr-warning-text__text">
            {t(`directory.status.${statusKey(service.status)}`)}
          </strong>
        </div>
      ) : null}
      {text(service.description)}
      <dl className="kt-facts">
        <dt>{t('directory.fields.organization')}</dt>
        <dd>{service.organization.name}</dd>
        {service.categories.length > 0 ? (
          <>
            <dt>{t('directory.fields.categories')}</dt>
            <dd>{service.categories.map((c) => t(`directory.category.${c}`)).join(', ')}</dd>
          </>
        ) : null}
        {service.languages.length > 0 ? (
          <>
            <dt>{t('directory.fields.languages')}</dt>
            <dd>{service.languages.map((l) => t(`directory.language.${l}`, l)).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {service.eligibilityDescription ? (
        <Section title={t('directory.fields.eligibilityDescription')}>
          {text(service.eligibilityDescription)}
        </Section>
      ) : null}
      {service.applicationProcess ? (
        <Section title={t('directory.fields.applicationProcess')}>
          {text(service.applicationProcess)}
        </Section>
      ) : null}
      {service.requiredDocuments.length > 0 ? (
        <Section title={t('directory.fields.requiredDocuments')}>
          <ul className="govgr-list govgr-list--bullet">
            {service.requiredDocuments.map((d, i) => (
              <li key={`${d}-${i}`}>{d}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {service.feesDescription || service.costOptions.length > 0 ? (
        <Section title={t('directory.fields.costs')}>
          {text(service.feesDescription)}
          {service.costOptions.length > 0 ? (
            <ul className="govgr-list">
              {service.costOptions.map((c, i) => (
                <li key={i}>
                  {[c.option, costAmount(c), c.amountDescription].filter(Boolean).join(' · ')}
                </li>
              ))}
            </ul>
          ) : null}
        </Section>
      ) : null}
      {service.schedules.length > 0 ? (
        <Section title={t('directory.fields.hours')}>
          <ul className="govgr-list">
            {service.schedules.map((s, i) => (
              <li key={i}>
                <ScheduleText schedule={s} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title={t('directory.fields.contact')}>
        {service.locations.length > 0 ? (
          <ul className="govgr-list">
            {service.locations.map((l) => (
              <li key={l.id}>
                {[l.name, l.address1, [l.postalCode, l.city].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', ')}
                <PhoneList phones={l.phones} />
              </li>
            ))}
          </ul>
        ) : null}
        <PhoneList phones={[...service.phones, ...service.organization.phones]} />
        {(service.email ?? service.organization.email) ? (
          <p className="govgr-body">
            <a
              className="govgr-link"
              href={`mailto:${service.email ?? service.organization.email}`}
            >
              {service.email ?? service.organization.email}
            </a>
          </p>
        ) : null}
        {(service.url ?? service.organization.website) ? (
          <p className="govgr-body">
            <a className="govgr-link" href={service.url ?? service.organization.website ?? ''}>
              {service.url ?? service.organization.website}
            </a>
          </p>
        ) : null}
      </Section>
    </>
  );
}
