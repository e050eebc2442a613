import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { localized } from '../../lib/types.js';
import type { ApiQuery } from '../../lib/use-api-query.js';
import type { PublicType } from './booking-types.js';

interface TypeStepProps {
  progress: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  title: string;
  types: ApiQuery<{ items: PublicType[] }>;
  onChoose: (type: PublicType) => void;
}

/** Step 1: which kind of appointment. */
export function TypeStep(props: TypeStepProps) {
  const { progress, headingRef, title, types, onChoose } = props;
  const { t, i18n } = useTranslation();
  const items = types.data?.items ?? [];
  return (
    <>
      {progress}
      <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p className="govgr-body-l">{t('booking.intro')}</p>
      <h2 className="govgr-heading-m">{t('booking.steps.type')}</h2>
      {types.loading ? <Loading /> : null}
      {types.error ? <LoadError error={types.error} onRetry={types.reload} /> : null}
      {types.data && items.length === 0 ? (
        <p className="govgr-body">{t('booking.type.none')}</p>
      ) : null}
      <ul className="govgr-list" data-testid="types">
        {items.map((item) => (
          <li key={item.id} className="kt-type-choice">
            <Button variant="secondary" onClick={() => onChoose(item)}>
              {localized(item.name, i18n.language)}
            </Button>
            <span className="govgr-hint">
              {t('common.minutes', { count: item.durationMinutes })} ·{' '}
              {t(`booking.mode.${item.mode}`)}
            </span>
          </li>
        ))}
      </ul>
      <p className="govgr-body">
        <Link className="govgr-link" href="/">
          {t('common.backHome')}
        </Link>
      </p>
    </>
  );
}
