import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

const CARDS = [
  { key: 'benefits', href: '/benefits' },
  { key: 'book', href: '/book' },
  { key: 'events', href: '/events' },
  { key: 'directory', href: '/directory' },
] as const;

export function NextSteps() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="next-heading">
      <h2 className="govgr-heading-m" id="next-heading">
        {t('portal.nextHeading')}
      </h2>
      <ul className="kt-services kt-cards">
        {CARDS.map((card) => (
          <li key={card.key} className="govgr-card govgr-card--border govgr-card--cta">
            <div className="govgr-card__body">
              <h3 className="govgr-card__heading">
                <Link className="govgr-link" href={card.href}>
                  {t(`portal.cards.${card.key}.title`)}
                </Link>
              </h3>
              <p className="govgr-card__text">{t(`portal.cards.${card.key}.text`)}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
