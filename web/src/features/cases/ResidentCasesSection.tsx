import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useCases } from './api/list-cases.js';
import { CasesTable } from './CasesTable.js';
import { OpenCaseForm } from './OpenCaseForm.js';

export function ResidentCasesSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [, navigate] = useLocation();
  const list = useCases({ residentId });
  return (
    <>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data ? <CasesTable items={list.data.items} caption={t('residents.tab.cases')} /> : null}
      {hasPermission(session, 'cases.write') ? (
        <OpenCaseForm
          residentId={residentId}
          onOpened={(c) => navigate(`/cases/${c.id}?opened=1`)}
        />
      ) : null}
    </>
  );
}
