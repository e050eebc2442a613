import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';

/** Routes of this section, nested under /staff/reports (owned by the reports feature). */
export function ReportRoutes() {
  const { t } = useTranslation();
  return (
    <Switch>
      <Route path="/">
        <h1 className="govgr-heading-xl">{t('reports.title')}</h1>
      </Route>
    </Switch>
  );
}
