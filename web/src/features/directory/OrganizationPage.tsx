import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DirectoryEntryPage } from './DirectoryEntryPage.js';
import type { Organization } from './directory-types.js';
import { PhoneList } from './ServiceDetails.js';

/** `/staff/directory/organizations/:id`: the organization, its locations and its services. */
export function OrganizationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <DirectoryEntryPage<Organization>
      kind="organizations"
      id={id}
      confirmDelete={t('directory.confirmDeleteOrganization')}
      extraActions={
        <Link className="govgr-btn govgr-btn-secondary" href={`/services/new?organization=${id}`}>
          {t('directory.newService')}
        </Link>
      }
    >
      {(data) => (
        <>
          {data.description ? <p className="govgr-body">{data.description}</p> : null}
          <PhoneList phones={data.phones} />
          {data.locations.length > 0 ? (
            <>
              <h2 className="govgr-heading-m">{t('directory.fields.locations')}</h2>
              <ul className="govgr-list">
                {data.locations.map((l) => (
                  <li key={l.id}>
                    {[l.name, l.address1, [l.postalCode, l.city].filter(Boolean).join(' ')]
                      .filter(Boolean)
                      .join(', ')}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2 className="govgr-heading-m">{t('directory.fields.services')}</h2>
          <ul className="govgr-list">
            {data.services.map((s) => (
              <li key={s.id}>
                <Link className="govgr-link" href={`/services/${s.id}`}>
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </DirectoryEntryPage>
  );
}
