import { Route, Switch } from 'wouter';
import type { PublicCenter } from '../../lib/types.js';
import { NotFoundPage } from '../NotFoundPage.js';
import { ReferralLinkPage } from './ReferralLinkPage.js';

/** Public pages nested under /partner (loaded on demand): the referral behind a signed link. */
export function PartnerLinkRoutes({ center }: { center: PublicCenter | undefined }) {
  return (
    <Switch>
      <Route path="/referrals/:id">
        {(params: { id: string }) => (
          <ReferralLinkPage key={params.id} id={params.id} center={center} />
        )}
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
