import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { deleteEntry } from './api/directory.js';
import type { Organization } from './directory-types.js';
import { EntryTags } from './EntryTags.js';
import { PhoneList } from './ServiceDetails.js';

/** `/staff/directory/organizations/:id`: the organization, its locations and its services. */
export function OrganizationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [, navigate] = useLocation();
  const submit = useSubmit();
  const organization = useApiQuery<Organization>(`/api/directory/organizations/${id}`);
  const data = organization.data;
  useDocumentTitle(
    t('common.pageTitle', {
      page: data?.name ?? t('directory.title'),
      site: t('common.staffAppName'),
    }),
  );
  const editable = Boolean(data?.own) && hasPermission(session, 'directory.manage');

  async function remove() {
    if (!window.confirm(t('directory.confirmDeleteOrganization'))) return;
    let ok = false;
    await submit.run(async () => {
      await deleteEntry('organizations', id);
      ok = true;
    });
    if (ok) navigate('/');
  }

  return (
    <>
      <p className="govgr-body">
        <Link className="govgr-back-link" href="/">
          {t('directory.backToList')}
        </Link>
      </p>
      {organization.error ? (
        <LoadError error={organization.error} onRetry={organization.reload} />
      ) : null}
      {organization.loading ? <Loading /> : null}
      {data ? (
        <>
          <h1 className="govgr-heading-xl">{data.name}</h1>
          <EntryTags entry={data} />
          <ErrorSummary messages={submit.messages} />
          {editable ? (
            <p className="govgr-body kt-inline-actions">
              <Link className="govgr-btn govgr-btn-primary" href={`/organizations/${id}/edit`}>
                {t('directory.edit')}
              </Link>
              <Link
                className="govgr-btn govgr-btn-secondary"
                href={`/services/new?organization=${id}`}
              >
                {t('directory.newService')}
              </Link>
              <Button variant="warning" onClick={() => void remove()} disabled={submit.submitting}>
                {t('directory.delete')}
              </Button>
            </p>
          ) : null}
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
      ) : null}
    </>
  );
}
