import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../../portal/NotFoundPage.js';
import { RequirePermission } from '../../app/RequirePermission.js';
import { NewReferralPage } from './NewReferralPage.js';
import { ReferralPage } from './ReferralPage.js';
import { ReferralsPage } from './ReferralsPage.js';

/** Routes of this section, nested under /staff/referrals (owned by the referrals feature). */
export function ReferralRoutes() {
  return (
    <Switch>
      <Route path="/">
        <ReferralsPage />
      </Route>
      <Route path="/new">
        <RequirePermission permission="referrals.write">
          <NewReferralPage />
        </RequirePermission>
      </Route>
      <Route path="/:id">
        {(params: { id: string }) => <ReferralPage key={params.id} id={params.id} />}
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
