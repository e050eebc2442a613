import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';

/** Routes of this section, nested under /staff/events (owned by the events feature). */
export function EventRoutes() {
  const { t } = useTranslation();
  return (
    <Switch>
      <Route path="/">
        <h1 className="govgr-heading-xl">{t('events.title')}</h1>
      </Route>
    </Switch>
  );
}
