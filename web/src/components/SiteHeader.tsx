import type { MouseEvent, ReactNode } from 'react';

interface SiteHeaderProps {
  title: string;
  homeHref: string;
  /** Rendered on the right: language switch, user, sign out. */
  children?: ReactNode;
  /** A client-side link component for the title, when the title stays inside the bundle. */
  onHome?: (event: MouseEvent<HTMLAnchorElement>) => void;
}

export function SiteHeader({ title, homeHref, children, onHome }: SiteHeaderProps) {
  return (
    <header className="govgr-header">
      <div className="govgr-header__container">
        <div className="govgr-header__content">
          <a className="govgr-header-title govgr-link" href={homeHref} onClick={onHome}>
            {title}
          </a>
        </div>
        <div className="govgr-header__content">{children}</div>
      </div>
    </header>
  );
}
