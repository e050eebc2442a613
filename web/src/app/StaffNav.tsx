import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';

interface NavItem {
  href: string;
  label: string;
  permission?: string;
}

const ITEMS: NavItem[] = [
  { href: '/', label: 'staff.nav.home' },
  { href: '/residents', label: 'staff.nav.residents', permission: 'residents.read' },
  { href: '/appointments', label: 'appointments.nav', permission: 'appointments.read' },
  { href: '/cases', label: 'staff.nav.cases', permission: 'cases.read' },
  { href: '/benefits', label: 'benefits.nav', permission: 'benefits.read' },
  { href: '/tasks', label: 'applications.tasks.nav', permission: 'applications.read' },
  { href: '/referrals', label: 'referrals.nav', permission: 'referrals.read' },
  { href: '/partner', label: 'partner.nav', permission: 'referrals.partner' },
  { href: '/events', label: 'events.nav', permission: 'events.read' },
  { href: '/directory', label: 'directory.nav', permission: 'directory.read' },
  { href: '/reports', label: 'reports.nav', permission: 'reports.read' },
  { href: '/outreach', label: 'benefits.outreach.nav', permission: 'benefits.outreach' },
  { href: '/staff', label: 'staff.nav.staff', permission: 'staff.read' },
  { href: '/settings', label: 'staff.nav.settings', permission: 'center.settings.read' },
  { href: '/audit', label: 'staff.nav.audit', permission: 'audit.read' },
  { href: '/account', label: 'staff.nav.account' },
];

function NavLink({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  const [current] = useRoute(item.href);
  return (
    <li>
      <Link
        href={item.href}
        className="govgr-link kt-nav__link"
        aria-current={current ? 'page' : undefined}
      >
        {t(item.label)}
      </Link>
    </li>
  );
}

/** Shows only what the session's permissions allow; the server enforces the same rules. */
export function StaffNav({ permissions }: { permissions: string[] }) {
  const { t } = useTranslation();
  const items = ITEMS.filter((i) => !i.permission || permissions.includes(i.permission));
  return (
    <nav className="kt-nav" aria-label={t('staff.nav.label')}>
      <ul className="kt-nav__list govgr-width-container">
        {items.map((item) => (
          <NavLink key={item.href} item={item} />
        ))}
      </ul>
    </nav>
  );
}
