import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Button } from '../components/Button.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { SiteFooter } from '../components/SiteFooter.js';
import { SiteHeader } from '../components/SiteHeader.js';
import { SkipLink } from '../components/SkipLink.js';
import { logout } from '../features/auth/api/logout.js';
import { useSession } from '../features/auth/session-context.js';
import { NotificationsBadge } from '../features/notifications/NotificationsBadge.js';
import { localized } from '../lib/types.js';
import { StaffNav } from './StaffNav.js';

export function StaffLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { session, setSession } = useSession();
  const [, navigate] = useLocation();
  const active = session?.stage === 'active' ? session : null;
  const title = active ? localized(active.center.name, i18n.language) : t('common.staffAppName');

  async function signOut() {
    try {
      await logout();
    } finally {
      setSession(null);
      navigate('/sign-in');
    }
  }

  return (
    <div className="kt-page">
      <SkipLink />
      <SiteHeader
        title={title}
        homeHref="/staff"
        onHome={(e) => {
          e.preventDefault();
          navigate('/');
        }}
      >
        {active ? (
          <p className="kt-header-user">
            {t('staff.user', {
              name: active.user.displayName,
              role: t(`roles.${active.user.role}`, { defaultValue: active.user.role }),
            })}
          </p>
        ) : null}
        {active ? <NotificationsBadge /> : null}
        <LanguageSwitch />
        {session ? (
          <Button variant="secondary" onClick={() => void signOut()}>
            {t('staff.signOut')}
          </Button>
        ) : null}
      </SiteHeader>
      {active ? <StaffNav permissions={active.permissions} /> : null}
      <main id="main-content" className="govgr-width-container kt-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter>
        <ul className="govgr-footer__inline-list">
          <li className="govgr-footer__inline-list-item">
            <a className="govgr-footer__link govgr-link" href="/">
              {t('common.appName')}
            </a>
          </li>
        </ul>
      </SiteFooter>
    </div>
  );
}
