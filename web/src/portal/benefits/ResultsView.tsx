import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { VerdictCards } from '../../components/verdicts/VerdictCards.js';
import type { Question } from '../../components/verdicts/verdict-types.js';
import { localized, type PublicCenter } from '../../lib/types.js';
import { PhoneLinks } from '../PhoneLinks.js';
import type { CheckResult } from './check-benefits.js';

interface ResultsViewProps {
  result: CheckResult;
  center: PublicCenter | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  askedQuestions: Question[];
  onChange: () => void;
  onRestart: () => void;
}

export function ResultsView(props: ResultsViewProps) {
  const { result, center, headingRef, askedQuestions, onChange, onRestart } = props;
  const { t, i18n } = useTranslation();
  const known = new Map(
    [...askedQuestions, ...result.questions].map((q) => [q.id, localized(q.label, i18n.language)]),
  );
  const phones = center?.phones ?? [];
  return (
    <div className="kt-results">
      <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
        {t('benefitsCheck.results.title')}
      </h1>
      <p className="govgr-body-l">{t('benefitsCheck.results.intro')}</p>
      <p className="govgr-body">{t('benefitsCheck.results.nothingStored')}</p>
      <div className="govgr-button-group kt-inline-actions govgr-print-hidden">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('benefitsCheck.results.print')}
        </Button>
        <Button variant="secondary" onClick={onChange}>
          {t('benefitsCheck.results.change')}
        </Button>
        <Button variant="secondary" onClick={onRestart}>
          {t('benefitsCheck.results.restart')}
        </Button>
      </div>
      {result.verdicts.length === 0 ? (
        <p className="govgr-body">{t('benefitsCheck.results.none')}</p>
      ) : (
        <VerdictCards
          verdicts={result.verdicts}
          audience="public"
          level={2}
          factLabel={(id) => known.get(id)}
        />
      )}
      <section aria-labelledby="next-steps-heading" className="kt-results__next">
        <h2 className="govgr-heading-m" id="next-steps-heading">
          {t('benefitsCheck.results.nextTitle')}
        </h2>
        <p className="govgr-body">
          <Link className="govgr-link" href="/book">
            {t('booking.bookLink')}
          </Link>
        </p>
        {phones.length > 0 ? (
          <>
            <p className="govgr-body">{t('benefitsCheck.results.callUs')}</p>
            <PhoneLinks phones={phones} />
          </>
        ) : (
          <p className="govgr-body">{t('portal.comingSoon.noPhones')}</p>
        )}
      </section>
      <p className="govgr-hint">
        {t('benefitsCheck.results.rulesVersion', { version: result.rulesVersion })}
      </p>
    </div>
  );
}
