import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { Select } from '../../components/Select.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { createApplication, useResidentApplications } from './api/applications.js';
import { useBenefitNames } from './api/catalog-names.js';
import type { Application } from './application-types.js';
import { ApplicationForm } from './ApplicationForm.js';

/** The resident's applications: one per benefit, from planned to decision and renewal. */
export function ApplicationsSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const list = useResidentApplications(residentId);
  const names = useBenefitNames();
  const canWrite = hasPermission(session, 'applications.write');
  const items = list.data?.items ?? [];
  const replace = (a: Application) =>
    list.setData({ items: items.map((x) => (x.id === a.id ? a : x)) });
  return (
    <section aria-labelledby="applications-heading">
      <h3 className="govgr-heading-m" id="applications-heading">
        {t('applications.title')}
      </h3>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data && items.length === 0 ? (
        <p className="govgr-body">{t('applications.none')}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="kt-services">
          {items.map((a) => (
            <li key={a.id} className="govgr-card govgr-card--border kt-application">
              <div className="govgr-card__body">
                <h4 className="govgr-card__heading">{names.nameOf(a.benefit)}</h4>
                <p className="govgr-body">
                  <span className="govgr-tag__primary kt-tag kt-tag--first">
                    {t(`applications.status.${a.status}`)}
                  </span>
                  {a.assignedTo
                    ? t('applications.assignedTo', { name: a.assignedTo.displayName })
                    : null}
                </p>
                {canWrite ? (
                  <ApplicationForm
                    key={a.version}
                    application={a}
                    onSaved={replace}
                    onReload={list.reload}
                  />
                ) : (
                  <ApplicationFacts application={a} />
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite ? (
        <NewApplication
          residentId={residentId}
          options={names.options}
          onCreated={(a) => list.setData({ items: [a, ...items] })}
        />
      ) : null}
    </section>
  );
}

function ApplicationFacts({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    ['submittedAt', a.submittedAt],
    ['platform', a.platform],
    ['protocolNumber', a.protocolNumber],
    ['decisionAmount', a.decision?.amount != null ? String(a.decision.amount) : null],
    ['decisionReason', a.decision?.reason ?? null],
    ['renewalDue', a.renewalDue],
    ['deadline', a.deadline],
  ];
  return (
    <dl className="kt-facts kt-facts--small">
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <div key={k}>
            <dt>{t(`applications.field.${k}`)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

function NewApplication({
  residentId,
  options,
  onCreated,
}: {
  residentId: string;
  options: { value: string; label: string }[];
  onCreated: (a: Application) => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [benefit, setBenefit] = useState('');

  async function create(event: FormEvent) {
    event.preventDefault();
    if (
      !submit.validate(
        benefit
          ? []
          : [
              {
                field: 'new-application-benefit',
                message: t('common.required', { field: t('applications.benefit') }),
              },
            ],
      )
    )
      return;
    const created = await submit.run(() => createApplication(residentId, benefit));
    if (created) {
      setBenefit('');
      onCreated(created);
    }
  }

  return (
    <form noValidate onSubmit={(e) => void create(e)} aria-labelledby="new-application-heading">
      <h4 className="govgr-heading-s" id="new-application-heading">
        {t('applications.new')}
      </h4>
      <ErrorSummary messages={submit.messages} />
      <div className="kt-inline-actions">
        <Select
          id="new-application-benefit"
          label={t('applications.benefit')}
          value={benefit}
          options={[{ value: '', label: t('common.choose') }, ...options]}
          onChange={setBenefit}
          error={submit.fieldErrors['new-application-benefit']}
        />
        <Button type="submit" disabled={submit.submitting}>
          {t('applications.create')}
        </Button>
      </div>
    </form>
  );
}
