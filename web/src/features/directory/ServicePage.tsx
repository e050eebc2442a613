import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DirectoryEntryPage } from './DirectoryEntryPage.js';
import type { StaffService } from './directory-types.js';
import { ServiceDetails } from './ServiceDetails.js';

/** `/staff/directory/services/:id`: the service as residents see it, plus its contacts. */
export function ServicePage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <DirectoryEntryPage<StaffService>
      kind="services"
      id={id}
      confirmDelete={t('directory.confirmDelete')}
    >
      {(data) => (
        <>
          <ServiceDetails service={data} />
          {data.contacts.length > 0 ? (
            <>
              <h2 className="govgr-heading-m">{t('directory.fields.contacts')}</h2>
              <ul className="govgr-list">
                {data.contacts.map((c, i) => (
                  <li key={i}>
                    {[c.name, c.title, c.department].filter(Boolean).join(', ')}
                    {c.email ? (
                      <>
                        {' – '}
                        <a className="govgr-link" href={`mailto:${c.email}`}>
                          {c.email}
                        </a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {data.organization.referralEmail ? (
            <p className="govgr-body">
              {t('directory.fields.referralEmail')}: {data.organization.referralEmail}
            </p>
          ) : null}
          <p className="govgr-body">
            <Link className="govgr-link" href={`/organizations/${data.organization.id}`}>
              {t('directory.viewOrganization', { name: data.organization.name })}
            </Link>
          </p>
        </>
      )}
    </DirectoryEntryPage>
  );
}
