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
import type { StaffService } from './directory-types.js';
import { EntryTags } from './EntryTags.js';
import { ServiceDetails } from './ServiceDetails.js';

/** `/staff/directory/services/:id`: the service as residents see it, plus its contacts. */
export function ServicePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [, navigate] = useLocation();
  const submit = useSubmit();
  const service = useApiQuery<StaffService>(`/api/directory/services/${id}`);
  const data = service.data;
  useDocumentTitle(
    t('common.pageTitle', {
      page: data?.name ?? t('directory.title'),
      site: t('common.staffAppName'),
    }),
  );
  const editable = Boolean(data?.own) && hasPermission(session, 'directory.manage');

  async function remove() {
    if (!window.confirm(t('directory.confirmDelete'))) return;
    let ok = false;
    await submit.run(async () => {
      await deleteEntry('services', id);
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
      {service.error ? <LoadError error={service.error} onRetry={service.reload} /> : null}
      {service.loading ? <Loading /> : null}
      {data ? (
        <>
          <h1 className="govgr-heading-xl">{data.name}</h1>
          <EntryTags entry={data} />
          <ErrorSummary messages={submit.messages} />
          {editable ? (
            <p className="govgr-body kt-inline-actions">
              <Link className="govgr-btn govgr-btn-primary" href={`/services/${id}/edit`}>
                {t('directory.edit')}
              </Link>
              <Button variant="warning" onClick={() => void remove()} disabled={submit.submitting}>
                {t('directory.delete')}
              </Button>
            </p>
          ) : null}
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
      ) : null}
    </>
  );
}
