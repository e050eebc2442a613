import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { Select } from '../../components/Select.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useReferrals } from './api/referrals-api.js';
import { REFERRAL_STATUSES } from './referral-types.js';
import { ReferralsTable } from './ReferralsTable.js';

/** The referrals list: mine or all I can see, overdue only, by status. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [overdue, setOverdue] = useState(false);
  const [status, setStatus] = useState('');
  const list = useReferrals({ mine: scope === 'mine', overdue, status });
  const title = t('referrals.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <div className="kt-inline-actions">
        <Select
          id="referral-scope"
          label={t('referrals.scope')}
          value={scope}
          options={[
            { value: 'mine', label: t('referrals.mine') },
            { value: 'all', label: t('referrals.all') },
          ]}
          onChange={(v) => setScope(v === 'all' ? 'all' : 'mine')}
        />
        <Select
          id="referral-status"
          label={t('referrals.status')}
          value={status}
          options={[
            { value: '', label: t('referrals.anyStatus') },
            ...REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`referrals.status.${s}`) })),
          ]}
          onChange={setStatus}
        />
      </div>
      <div className="govgr-checkboxes">
        <Checkbox
          id="referral-overdue"
          label={t('referrals.overdueOnly')}
          checked={overdue}
          onChange={setOverdue}
        />
      </div>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data ? (
        <ReferralsTable
          items={list.data.items}
          caption={scope === 'mine' ? t('referrals.mine') : t('referrals.all')}
        />
      ) : null}
    </>
  );
}
