import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../../portal/NotFoundPage.js';
import { DashboardPage } from './DashboardPage.js';
import { DrillPage } from './DrillPage.js';

/** Routes of this section, nested under /staff/reports (owned by the reports feature). */
export function ReportRoutes() {
  return (
    <Switch>
      <Route path="/">
        <DashboardPage />
      </Route>
      <Route path="/drill">
        <DrillPage />
      </Route>
      <Route>
        <NotFoundPage homeHref="~/staff" />
      </Route>
    </Switch>
  );
}
