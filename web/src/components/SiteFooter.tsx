import type { ReactNode } from 'react';

export function SiteFooter({ children }: { children: ReactNode }) {
  return (
    <footer className="govgr-footer">
      <div className="govgr-width-container">
        <div className="govgr-footer__meta">
          <div className="govgr-footer__meta-item govgr-footer__meta-item--grow">
            <div className="govgr-footer__content">{children}</div>
          </div>
        </div>
      </div>
    </footer>
  );
}
