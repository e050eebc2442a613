import { performance } from 'node:perf_hooks';
import type { CooperationBenchContext } from '../cooperation.js';
import { createAccount, signIn, type SignedIn } from '../lib/accounts.js';
import { round, type Measurement } from '../lib/report.js';

const DURATION_MS = 10_000;
const CONCURRENCY = 8;
const WARM_UP = 20;

function firstId(rows: { id: string }[]): string {
  const id = rows[0]?.id;
  if (!id) throw new Error('insert returned no row');
  return id;
}

/** A resident with a recorded consent to share, and a service of the Center to refer to. */
async function seedReferralTargets(ctx: CooperationBenchContext) {
  const { client, centerId } = ctx;
  const organization = await client.query<{ id: string }>(
    `INSERT INTO directory_organizations (center_id, name, referral_email)
     VALUES ($1, 'Κέντρο Ψυχικής Υγείας (benchmark)', 'kpsy@example.gr') RETURNING id`,
    [centerId],
  );
  const organizationId = firstId(organization.rows);
  const service = await client.query<{ id: string }>(
    `INSERT INTO directory_services (center_id, organization_id, name)
     VALUES ($1, $2, 'Συμβουλευτική ενηλίκων') RETURNING id`,
    [centerId, organizationId],
  );
  const resident = await client.query<{ id: string }>(
    `INSERT INTO residents (center_id, surname, given_name) VALUES ($1, 'Παπαδοπούλου', 'Ελένη')
     RETURNING id`,
    [centerId],
  );
  const residentId = firstId(resident.rows);
  await client.query(
    `INSERT INTO consents (center_id, resident_id, purpose, legal_basis, status)
     VALUES ($1, $2, 'referral_sharing', 'art6_1a_consent', 'given')`,
    [centerId, residentId],
  );
  return { serviceId: firstId(service.rows), residentId };
}

async function createOne(baseUrl: string, session: SignedIn, body: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/api/referrals`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
    },
    body,
  });
  await response.arrayBuffer();
  return response.status === 201;
}

/**
 * `referral_create_per_s`: referrals created over HTTP by a signed-in social worker, 8 at a
 * time for 10 s. Each one checks the consent and the directory entry, writes the referral, its
 * first history row, two audit rows, a timeline entry and the partner's e-mail in the outbox.
 */
export async function referralMeasurements(ctx: CooperationBenchContext): Promise<Measurement[]> {
  const { serviceId, residentId } = await seedReferralTargets(ctx);
  const account = await createAccount(ctx.server.dbUrl, 'social_worker');
  const session = await signIn(ctx.server.url, account);
  const body = JSON.stringify({
    residentId,
    serviceId,
    reason: 'Χρειάζεται ψυχολογική υποστήριξη.',
    urgency: 'urgent',
    sharedCategories: ['identity', 'contact'],
  });
  for (let i = 0; i < WARM_UP; i += 1) {
    if (!(await createOne(ctx.server.url, session, body))) throw new Error('referral refused');
  }
  let created = 0;
  let failed = 0;
  const started = performance.now();
  const until = started + DURATION_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        if (await createOne(ctx.server.url, session, body)) created += 1;
        else failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (failed > 0) throw new Error(`${failed} referrals were refused during the benchmark`);
  return [
    {
      metric: 'referral_create_per_s',
      value: round(created / seconds, 1),
      unit: 'req/s',
      notes: `${created} referrals over HTTP in ${round(seconds, 1)} s, ${CONCURRENCY} concurrent, one social worker; outbox e-mail included`,
    },
  ];
}
