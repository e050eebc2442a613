import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { SiteFooter } from '../components/SiteFooter.js';
import { SiteHeader } from '../components/SiteHeader.js';
import { SkipLink } from '../components/SkipLink.js';
import { localized, type PublicCenter } from '../lib/types.js';

interface PortalLayoutProps {
  center: PublicCenter | undefined;
  children: ReactNode;
}

export function PortalLayout({ center, children }: PortalLayoutProps) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const title = center ? localized(center.name, i18n.language) : t('common.appName');
  return (
    <div className="kt-page">
      <SkipLink />
      <SiteHeader
        title={title}
        homeHref="/"
        onHome={(e) => {
          e.preventDefault();
          navigate('/');
        }}
      >
        <LanguageSwitch />
      </SiteHeader>
      <main id="main-content" className="govgr-width-container kt-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter>
        <ul className="govgr-footer__inline-list">
          <li className="govgr-footer__inline-list-item">
            {/* The staff back office is a separate bundle: a full page load is intended. */}
            <a className="govgr-footer__link govgr-link" href="/staff/sign-in">
              {t('portal.footer.staffSignIn')}
            </a>
          </li>
        </ul>
        {center ? (
          <p className="govgr-body">
            {t('portal.footer.note', {
              municipality: localized(center.municipality, i18n.language),
            })}
          </p>
        ) : null}
      </SiteFooter>
    </div>
  );
}
