import { useTranslation } from 'react-i18next';
import { formatValue } from './report-format.js';
import type { Headline } from './report-types.js';

const FIGURES: (keyof Headline)[] = [
  'servedUnique',
  'newResidents',
  'returningResidents',
  'requests',
  'casesOpened',
  'casesClosed',
  'counselingSessions',
  'referrals',
  'appointments',
  'noShowRate',
  'eventParticipants',
];

/** The period at a glance: a description list, so each number is read with its name. */
export function HeadlineFigures({ headline }: { headline: Headline }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="report-headline-title">
      <h2 className="govgr-heading-m" id="report-headline-title">
        {t('reports.headline.title')}
      </h2>
      <dl className="kt-figures" data-testid="report-headline">
        {FIGURES.map((key) => (
          <div key={key} className="kt-figure" data-testid={`figure-${key}`}>
            <dt className="kt-figure__label">{t(`reports.headline.${key}`)}</dt>
            <dd className="kt-figure__value">
              {formatValue(headline[key], key === 'noShowRate' ? 'rate' : 'count', i18n.language)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
