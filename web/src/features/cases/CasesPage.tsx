import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { Select } from '../../components/Select.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useCases } from './api/list-cases.js';
import { CASE_STATUSES } from './case-types.js';
import { CasesTable } from './CasesTable.js';

export function CasesPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const canSeeAll = hasPermission(session, 'cases.read_all');
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [status, setStatus] = useState('');
  const list = useCases({ mine: scope === 'mine', status });
  const title = t('cases.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const statusOptions = [
    { value: '', label: t('cases.anyStatus') },
    ...CASE_STATUSES.map((s) => ({ value: s, label: t(`vocab.caseStatus.${s}`) })),
  ];
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <div className="kt-inline-actions">
        {canSeeAll ? (
          <Select
            id="case-scope"
            label={t('cases.scope')}
            value={scope}
            options={[
              { value: 'mine', label: t('cases.mine') },
              { value: 'all', label: t('cases.all') },
            ]}
            onChange={(v) => setScope(v === 'all' ? 'all' : 'mine')}
          />
        ) : null}
        <Select
          id="case-status"
          label={t('cases.status')}
          value={status}
          options={statusOptions}
          onChange={setStatus}
        />
      </div>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data ? (
        <CasesTable
          items={list.data.items}
          caption={scope === 'mine' ? t('cases.mine') : t('cases.all')}
        />
      ) : null}
    </>
  );
}
