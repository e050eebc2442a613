import { Route, Switch } from 'wouter';
import type { PublicCenter } from '../../lib/types.js';
import { PublicDirectorySearch } from './PublicDirectorySearch.js';
import { PublicServicePage } from './PublicServicePage.js';

/** Public pages nested under /directory (loaded on demand). */
export function PublicDirectoryRoutes({ center }: { center: PublicCenter | undefined }) {
  const centerQuery = center?.multipleCenters ? `center=${encodeURIComponent(center.slug)}` : '';
  return (
    <Switch>
      <Route path="/">
        <PublicDirectorySearch centerQuery={centerQuery} />
      </Route>
      <Route path="/services/:id">
        {(params: { id: string }) => (
          <PublicServicePage key={params.id} id={params.id} centerQuery={centerQuery} />
        )}
      </Route>
    </Switch>
  );
}
