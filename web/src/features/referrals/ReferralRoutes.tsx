import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';

/** Routes of this section, nested under /staff/referrals (owned by the referrals feature). */
export function ReferralRoutes() {
  const { t } = useTranslation();
  return (
    <Switch>
      <Route path="/">
        <h1 className="govgr-heading-xl">{t('referrals.title')}</h1>
      </Route>
    </Switch>
  );
}
