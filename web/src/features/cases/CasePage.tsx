import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { isStale, StaleRecordNotice } from '../../components/StaleRecordNotice.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useCase } from './api/get-case.js';
import { AssessmentForm } from './AssessmentForm.js';
import type { CaseView } from './case-types.js';
import { CaseStatusForm } from './CaseStatusForm.js';
import { CaseTeamForm } from './CaseTeamForm.js';
import { PlanForm } from './PlanForm.js';

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const opened = new URLSearchParams(useSearch()).has('opened');
  const query = useCase(id);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(0);
  const status = useSubmit();
  const assessment = useSubmit();
  const plan = useSubmit();
  const team = useSubmit();
  const canWrite = hasPermission(session, 'cases.write');
  const canAssign = hasPermission(session, 'cases.assign');
  const view = query.data;
  const carries = !!view && view.assignedWorker?.id === session?.user.id;
  const title = view ? t('cases.caseOf', { name: view.residentName }) : t('cases.caseTitle');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));

  const saver = (submit: typeof status) => async (call: () => Promise<CaseView>) => {
    setStale(false);
    const result = await submit.run(async () => {
      try {
        return await call();
      } catch (error) {
        setStale(isStale(error));
        throw error;
      }
    });
    if (result) {
      query.setData(result);
      setSaved((n) => n + 1);
    }
  };

  if (query.error)
    return (
      <>
        <h1 className="govgr-heading-xl">{title}</h1>
        <LoadError error={query.error} onRetry={query.reload} />
      </>
    );
  if (!view) return <Loading />;
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      {opened && saved === 0 ? (
        <NotificationBanner title={t('cases.openedTitle')} success testId="case-opened">
          <p className="govgr-body">{t('cases.openedText')}</p>
        </NotificationBanner>
      ) : null}
      {saved > 0 ? (
        <NotificationBanner title={t('cases.savedTitle')} success>
          <p className="govgr-body">{t('cases.savedText')}</p>
        </NotificationBanner>
      ) : null}
      {stale ? (
        <StaleRecordNotice
          onReload={() => {
            setStale(false);
            query.reload();
          }}
        />
      ) : null}
      <dl className="kt-facts">
        <div>
          <dt>{t('cases.status')}</dt>
          <dd data-testid="case-status">{t(`vocab.caseStatus.${view.status}`)}</dd>
        </div>
        <div>
          <dt>{t('cases.topics')}</dt>
          <dd>{view.topics.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('cases.assignedWorker')}</dt>
          <dd>{view.assignedWorker?.displayName ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('cases.team')}</dt>
          <dd>{view.team.map((m) => m.displayName).join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>{t('cases.openedAt')}</dt>
          <dd>{view.openedAt.slice(0, 10)}</dd>
        </div>
        {view.outcome ? (
          <div>
            <dt>{t('cases.outcome')}</dt>
            <dd>{t(`vocab.caseOutcome.${view.outcome}`)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="govgr-body">
        <Link href={`/residents/${view.residentId}`} className="govgr-link">
          {t('cases.openFile')}
        </Link>
      </p>
      {hasPermission(session, 'referrals.write') ? (
        <p className="govgr-body">
          <Link
            href={`/referrals/new?caseId=${view.id}&residentId=${view.residentId}`}
            className="govgr-link"
            data-testid="refer"
          >
            {t('referrals.referFromCase')}
          </Link>
        </p>
      ) : null}
      {canWrite ? (
        // Keyed by version so the forms start from what the server has now.
        <div key={view.version}>
          <CaseStatusForm view={view} submit={status} save={saver(status)} />
          <AssessmentForm view={view} submit={assessment} save={saver(assessment)} />
          <PlanForm view={view} submit={plan} save={saver(plan)} />
          {canAssign || carries ? (
            <CaseTeamForm view={view} submit={team} save={saver(team)} canAssign={canAssign} />
          ) : null}
        </div>
      ) : null}
    </>
  );
}
