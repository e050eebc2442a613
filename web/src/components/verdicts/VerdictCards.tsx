import { useTranslation } from 'react-i18next';
import { localized } from '../../lib/types.js';
import {
  formatEuro,
  VERDICT_STATUSES,
  type Criterion,
  type LegalSource,
  type VerdictStatus,
  type VerdictView,
} from './verdict-types.js';

type Level = 2 | 3 | 4;

interface VerdictCardsProps {
  verdicts: VerdictView[];
  /** 'public' speaks to the resident («Δικαιούστε»), 'staff' about them («Δικαιούται»). */
  audience: 'public' | 'staff';
  /** The level of the group headings; each card's heading is one below. */
  level?: Level;
  /** The label of a missing fact (a question id); falls back to the translated fact names. */
  factLabel?: (id: string) => string | undefined;
}

function Heading({
  level,
  id,
  className,
  children,
}: {
  level: Level | 5;
  id?: string;
  className: string;
  children: string;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={className} id={id}>
      {children}
    </Tag>
  );
}

function SourceLink({ source }: { source: LegalSource }) {
  if (!source.url) return <>{source.title}</>;
  return (
    <a className="govgr-link" href={source.url} rel="noopener noreferrer">
      {source.title}
    </a>
  );
}

function CriterionItem({ criterion }: { criterion: Criterion }) {
  const { t, i18n } = useTranslation();
  const result = criterion.passed === null ? 'unknown' : criterion.passed ? 'passed' : 'failed';
  return (
    <li className={`kt-criterion kt-criterion--${result}`}>
      <span className="govgr-!-font-weight-bold">{localized(criterion.label, i18n.language)}</span>
      {': '}
      <span className="kt-criterion__result">{t(`benefitsCheck.criterion.${result}`)}</span>
      <span className="govgr-hint kt-criterion__detail">
        {criterion.value !== null || criterion.limit !== null
          ? `${t('benefitsCheck.criterion.value', {
              value: criterion.value ?? t('benefitsCheck.criterion.unknownValue'),
            })}${
              criterion.limit !== null
                ? ` · ${t('benefitsCheck.criterion.limit', { limit: criterion.limit })}`
                : ''
            } · `
          : ''}
        {t('benefitsCheck.criterion.source')} <SourceLink source={criterion.source} />
      </span>
    </li>
  );
}

function Amount({ verdict }: { verdict: VerdictView }) {
  const { t, i18n } = useTranslation();
  const { amount } = verdict;
  if (verdict.status !== 'eligible') return null;
  if (!amount) return <p className="govgr-body">{t('benefitsCheck.amount.unknown')}</p>;
  const money = formatEuro(amount.value, i18n.language);
  return (
    <>
      <p className="govgr-body-l govgr-!-font-weight-bold" data-testid="verdict-amount">
        {amount.value === 0
          ? t('benefitsCheck.amount.zero')
          : t(`benefitsCheck.amount.${amount.period}`, { amount: money })}
      </p>
      {amount.note ? <p className="govgr-hint">{localized(amount.note, i18n.language)}</p> : null}
    </>
  );
}

function VerdictCard({
  verdict,
  audience,
  level,
  factLabel,
}: {
  verdict: VerdictView;
  audience: 'public' | 'staff';
  level: Level | 5;
  factLabel: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = `verdict-${verdict.benefit}`;
  return (
    <li
      className="govgr-card govgr-card--border kt-verdict"
      data-benefit={verdict.benefit}
      data-status={verdict.status}
    >
      <article className="govgr-card__body" aria-labelledby={headingId}>
        <Heading level={level} id={headingId} className="govgr-card__heading">
          {localized(verdict.name, lang)}
        </Heading>
        <p className="govgr-body">
          <span className={`govgr-tag__${tagClass(verdict.status)} kt-tag kt-tag--first`}>
            {t(`benefitsCheck.status.${audience}.${verdict.status}`)}
          </span>
          {verdict.toVerify ? (
            <span className="govgr-tag__gray kt-tag">{t('benefitsCheck.toVerify')}</span>
          ) : null}
        </p>
        <p className="govgr-hint">{localized(verdict.agency, lang)}</p>
        <Amount verdict={verdict} />
        {verdict.toVerify ? (
          <p className="govgr-body govgr-hint">{t('benefitsCheck.toVerifyText')}</p>
        ) : null}
        {verdict.missing.length > 0 ? (
          <>
            <p className="govgr-body govgr-!-font-weight-bold">{t('benefitsCheck.missing')}</p>
            <ul className="govgr-list govgr-list--bullet">
              {verdict.missing.map((id) => (
                <li key={id}>{factLabel(id)}</li>
              ))}
            </ul>
          </>
        ) : null}
        {verdict.criteria.length > 0 ? (
          <>
            <p className="govgr-body govgr-!-font-weight-bold">{t('benefitsCheck.criteria')}</p>
            <ul className="govgr-list kt-criteria">
              {verdict.criteria.map((c) => (
                <CriterionItem key={c.id} criterion={c} />
              ))}
            </ul>
          </>
        ) : null}
        {verdict.whatWouldChange.length > 0 ? (
          <>
            <p className="govgr-body govgr-!-font-weight-bold">
              {t('benefitsCheck.whatWouldChange')}
            </p>
            <ul className="govgr-list govgr-list--bullet">
              {verdict.whatWouldChange.map((w) => (
                <li key={w.el}>{localized(w, lang)}</li>
              ))}
            </ul>
          </>
        ) : null}
        {verdict.status !== 'not_eligible' ? (
          <>
            <p className="govgr-body govgr-!-font-weight-bold">{t('benefitsCheck.howToApply')}</p>
            <p className="govgr-body">{localized(verdict.howToApply, lang)}</p>
          </>
        ) : null}
        <p className="govgr-hint">
          {t('benefitsCheck.legalBasis')} <SourceLink source={verdict.legalBasis} />
        </p>
      </article>
    </li>
  );
}

function tagClass(status: VerdictStatus): string {
  if (status === 'eligible') return 'primary';
  if (status === 'cannot_tell') return 'secondary';
  return 'gray';
}

/** Verdicts grouped: eligible, cannot tell yet, not eligible; each explains itself. */
export function VerdictCards({ verdicts, audience, level = 2, factLabel }: VerdictCardsProps) {
  const { t } = useTranslation();
  const labelOf = (id: string) =>
    factLabel?.(id) ?? t(`benefitsCheck.facts.${id}`, { defaultValue: id });
  return (
    <div className="kt-verdicts">
      {VERDICT_STATUSES.map((status) => {
        const group = verdicts.filter((v) => v.status === status);
        if (group.length === 0) return null;
        const headingId = `verdicts-${audience}-${status}`;
        return (
          <section key={status} aria-labelledby={headingId} data-group={status}>
            <Heading level={level} id={headingId} className="govgr-heading-m">
              {t(`benefitsCheck.groups.${audience}.${status}`, { count: group.length })}
            </Heading>
            <ul className="kt-services">
              {group.map((v) => (
                <VerdictCard
                  key={v.benefit}
                  verdict={v}
                  audience={audience}
                  level={(level + 1) as Level | 5}
                  factLabel={labelOf}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
