import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Loading } from '../components/Loading.js';
import { useApiQuery } from '../lib/use-api-query.js';
import type { PublicCenter } from '../lib/types.js';
import { ComingSoonPage } from '../portal/ComingSoonPage.js';
import { HomePage } from '../portal/HomePage.js';
import { NotFoundPage } from '../portal/NotFoundPage.js';
import { PortalLayout } from '../portal/PortalLayout.js';
import { useFocusOnNavigate } from './use-focus-on-navigate.js';

// The benefits wizard loads on demand so the home page's first load stays small.
const BenefitsCheckPage = lazy(() =>
  import('../portal/benefits/BenefitsCheckPage.js').then((m) => ({
    default: m.BenefitsCheckPage,
  })),
);

export function PortalApp() {
  const center = useApiQuery<PublicCenter>('/api/public/center');
  useFocusOnNavigate();
  return (
    <PortalLayout center={center.data}>
      <Switch>
        <Route path="/">
          <HomePage center={center} />
        </Route>
        <Route path="/benefits">
          <Suspense fallback={<Loading />}>
            <BenefitsCheckPage center={center.data} />
          </Suspense>
        </Route>
        <Route path="/book">
          <ComingSoonPage feature="book" center={center.data} />
        </Route>
        <Route path="/events">
          <ComingSoonPage feature="events" center={center.data} />
        </Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </PortalLayout>
  );
}
