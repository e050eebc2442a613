import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { fullName, type ResidentView } from './resident-types.js';

export function ResidentHeader({ resident, canLog }: { resident: ResidentView; canLog: boolean }) {
  const { t } = useTranslation();
  const latin = `${resident.latinName.surname} ${resident.latinName.givenName}`;
  const facts: [string, string | null | undefined][] = [
    ['amka', resident.amka],
    ['birthDate', resident.birthDate],
    ['phone', resident.mobilePhone ?? resident.phone],
  ];
  return (
    <>
      <h1 className="govgr-heading-xl kt-file-title">
        {fullName(resident)}
        <span className="govgr-caption-l" lang="en">
          {latin}
        </span>
      </h1>
      <dl className="kt-facts">
        {facts.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`residents.field.${key}`)}</dt>
            <dd data-testid={`resident-${key}`}>{value || t('common.notStated')}</dd>
          </div>
        ))}
      </dl>
      {canLog ? (
        <Link
          href={`/requests/new?residentId=${resident.id}`}
          className="govgr-btn govgr-btn-secondary"
        >
          {t('requests.logFor')}
        </Link>
      ) : null}
    </>
  );
}
