import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../lib/use-document-title.js';
import type { PublicCenter } from '../lib/types.js';
import { PhoneLinks } from './PhoneLinks.js';

interface ComingSoonPageProps {
  /** Which card led here: benefits, book or events. */
  feature: 'benefits' | 'book' | 'events';
  center: PublicCenter | undefined;
}

export function ComingSoonPage({ feature, center }: ComingSoonPageProps) {
  const { t } = useTranslation();
  const heading = t(`portal.cards.${feature}.title`);
  useDocumentTitle(t('common.pageTitle', { page: heading, site: t('common.appName') }));
  const phones = center?.phones ?? [];
  return (
    <>
      <h1 className="govgr-heading-xl">{heading}</h1>
      <div className="govgr-notification-banner">
        <div className="govgr-notification-banner__header">
          <h2 className="govgr-notification-banner__title">{t('portal.comingSoon.title')}</h2>
        </div>
        <div className="govgr-notification-banner__content">
          {phones.length > 0 ? (
            <>
              <p className="govgr-body">{t('portal.comingSoon.text')}</p>
              <PhoneLinks phones={phones} />
            </>
          ) : (
            <p className="govgr-body">{t('portal.comingSoon.noPhones')}</p>
          )}
        </div>
      </div>
      <p className="govgr-body">
        <Link className="govgr-link" href="/">
          {t('common.backHome')}
        </Link>
      </p>
    </>
  );
}
