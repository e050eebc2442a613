import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import type { ResidentView } from '../residents/resident-types.js';
import { AddMemberForm } from './AddMemberForm.js';
import { FinancesSection } from './FinancesSection.js';
import type { HouseholdView } from './household-types.js';
import { createHousehold, useResidentHouseholds } from './api/households.js';
import { MembersTable } from './MembersTable.js';

export function HouseholdSection({ resident }: { resident: ResidentView }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const list = useResidentHouseholds(resident.id);
  const create = useSubmit();
  const canWrite = hasPermission(session, 'households.write');
  const items = list.data?.items ?? [];
  const replace = (u: HouseholdView) =>
    list.setData({ items: items.map((x) => (x.id === u.id ? u : x)) });

  async function start() {
    const created = await create.run(() => createHousehold(resident.id));
    if (created) list.setData({ items: [created, ...items] });
  }

  return (
    <>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data && items.length === 0 ? (
        <p className="govgr-body">{t('households.none')}</p>
      ) : null}
      {items.map((h, i) => (
        <section key={h.id} aria-labelledby={`household-${h.id}`}>
          <h3 className="govgr-heading-m" id={`household-${h.id}`}>
            {i === 0
              ? t('households.current')
              : t('households.past', { date: h.createdAt.slice(0, 10) })}
          </h3>
          {canWrite && i === 0 ? (
            <>
              <MembersTable household={h} onSaved={replace} onReload={list.reload} />
              <AddMemberForm household={h} onSaved={replace} />
            </>
          ) : (
            <MembersTable household={h} />
          )}
          {i === 0 ? <FinancesSection household={h} canWrite={canWrite} /> : null}
        </section>
      ))}
      {canWrite && list.data && items.length === 0 ? (
        <>
          <ErrorSummary messages={create.messages} />
          <Button onClick={() => void start()} disabled={create.submitting}>
            {t('households.create')}
          </Button>
        </>
      ) : null}
    </>
  );
}
