import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';

/** Routes of this section, nested under /staff/directory (owned by the directory feature). */
export function DirectoryRoutes() {
  const { t } = useTranslation();
  return (
    <Switch>
      <Route path="/">
        <h1 className="govgr-heading-xl">{t('directory.title')}</h1>
      </Route>
    </Switch>
  );
}
