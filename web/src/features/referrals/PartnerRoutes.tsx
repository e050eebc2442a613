import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';

/** Routes of this section, nested under /staff/partner (owned by the referrals feature). */
export function PartnerRoutes() {
  const { t } = useTranslation();
  return (
    <Switch>
      <Route path="/">
        <h1 className="govgr-heading-xl">{t('partner.title')}</h1>
      </Route>
    </Switch>
  );
}
