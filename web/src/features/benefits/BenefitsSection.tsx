import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { VerdictCards } from '../../components/verdicts/VerdictCards.js';
import { formatDateTime } from '../../lib/format-time.js';
import { useSubmit } from '../../lib/use-submit.js';
import { ApplicationsSection } from '../applications/ApplicationsSection.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import {
  getScreening,
  runScreening,
  summaryHref,
  useResidentHouseholdIds,
  useScreenings,
} from './api/screenings.js';
import { byName, type Screening } from './benefit-types.js';

/** The resident file's «Επιδόματα»: screening of the current household, and applications. */
export function BenefitsSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const households = useResidentHouseholdIds(residentId);
  const current = households.data?.items[0];
  const canScreen =
    hasPermission(session, 'benefits.screen') || hasPermission(session, 'benefits.read');
  return (
    <>
      {canScreen ? (
        <section aria-labelledby="screening-heading">
          <h3 className="govgr-heading-m" id="screening-heading">
            {t('benefits.screening.title')}
          </h3>
          {households.error ? (
            <LoadError error={households.error} onRetry={households.reload} />
          ) : null}
          {households.loading ? <Loading /> : null}
          {households.data && !current ? (
            <p className="govgr-body">{t('benefits.screening.noHousehold')}</p>
          ) : null}
          {current ? <HouseholdScreening householdId={current.id} /> : null}
        </section>
      ) : null}
      {hasPermission(session, 'applications.read') ? (
        <ApplicationsSection residentId={residentId} />
      ) : null}
    </>
  );
}

function HouseholdScreening({ householdId }: { householdId: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const history = useScreenings(householdId);
  const submit = useSubmit();
  const [shown, setShown] = useState<Screening | null>(null);

  async function screen() {
    const created = await submit.run(() => runScreening(householdId));
    if (!created) return;
    setShown(created);
    history.reload();
  }

  async function open(id: string) {
    const found = await submit.run(() => getScreening(id));
    if (found) setShown(found);
  }

  const items = history.data?.items ?? [];
  return (
    <>
      <ErrorSummary messages={submit.messages} />
      {hasPermission(session, 'benefits.screen') ? (
        <Button onClick={() => void screen()} disabled={submit.submitting}>
          {t('benefits.screening.run')}
        </Button>
      ) : null}
      {shown ? (
        <div data-testid="screening-result">
          <p className="govgr-body">
            {t('benefits.screening.meta', {
              date: formatDateTime(shown.createdAt, i18n.language),
              asOf: shown.asOf,
              version: shown.rulesVersion,
            })}{' '}
            <a className="govgr-link" href={summaryHref(shown.id)}>
              {t('benefits.screening.summary')}
            </a>
          </p>
          <VerdictCards verdicts={shown.verdicts} audience="staff" level={4} />
        </div>
      ) : null}
      <h4 className="govgr-heading-s">{t('benefits.screening.history')}</h4>
      {history.error ? <LoadError error={history.error} onRetry={history.reload} /> : null}
      {history.loading ? <Loading /> : null}
      {history.data && items.length === 0 ? (
        <p className="govgr-body">{t('benefits.screening.none')}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="kt-timeline">
          {items.map((s) => (
            <li key={s.id} className="kt-timeline__item">
              <p className="govgr-body kt-timeline__title">
                {s.createdAt ? formatDateTime(s.createdAt, i18n.language) : s.asOf}
                {s.createdBy ? ` · ${byName(s.createdBy)}` : ''}
                {s.counts
                  ? ` · ${t('benefits.screening.counts', {
                      eligible: s.counts.eligible ?? 0,
                      cannotTell: s.counts.cannot_tell ?? 0,
                    })}`
                  : ''}
              </p>
              <p className="govgr-body kt-inline-actions">
                <Button variant="link" onClick={() => void open(s.id)}>
                  {t('benefits.screening.open')}
                </Button>
                <a className="govgr-link" href={summaryHref(s.id)}>
                  {t('benefits.screening.summary')}
                </a>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
