import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import type { PublicCenter } from '../../lib/types.js';

/** Public pages nested under /partner (loaded on demand). */
export function PartnerLinkRoutes({ center }: { center: PublicCenter | undefined }) {
  const { t } = useTranslation();
  void center;
  return (
    <Switch>
      <Route path="/">
        <h1 className="govgr-heading-xl">{t('portal.partner.title')}</h1>
      </Route>
    </Switch>
  );
}
