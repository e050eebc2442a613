import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { originOf } from '../appointments/booking/route-context.js';
import { actorOf } from '../../server/plugins/access.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { createReferral } from './create-referral.js';
import { registerPartnerRoutes } from './partner.routes.js';
import { registerReferralFieldLabels, withStatusLabels } from './referral-errors.js';
import { referralLetter } from './referral-letter.js';
import type { LinkSettings } from './referral-mail.js';
import {
  ChangeStatusBody,
  CreateReferralBody,
  DestinationOption,
  DestinationsQuery,
  ListReferralsQuery,
  ReferralIdParams,
  ReferralSummary,
  ReferralView,
} from './referrals.schemas.js';
import {
  changeReferralStatus,
  findDestinations,
  findReferrals,
  readReferral,
  resendPartnerLink,
} from './referrals.service.js';

const tags = ['referrals'];
const read = { access: { permission: 'referrals.read' as const } };
const write = { access: { permission: 'referrals.write' as const } };

/** Links in e-mails point to PUBLIC_URL, else back to where the staff member works from. */
function linkSettings(request: FastifyRequest, deps: ModuleDeps): LinkSettings {
  return { keyRing: deps.keyRing, origin: deps.config.publicUrl ?? originOf(request) };
}

/** HTTP routes of the referrals module (contract: docs/api/cooperation-issue.md). */
export function registerReferralRoutes(parent: FastifyInstance, db: Db, deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  registerReferralFieldLabels();

  app.post(
    '/api/referrals',
    { config: write, schema: { tags, body: CreateReferralBody, response: { 201: ReferralView } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const id = await createReferral(db, actor, linkSettings(request, deps), request.body);
      return reply.code(201).send(await readReferral(db, actor, id));
    },
  );

  app.get(
    '/api/referrals',
    {
      config: read,
      schema: {
        tags,
        querystring: ListReferralsQuery,
        response: { 200: Type.Object({ items: Type.Array(ReferralSummary) }) },
      },
    },
    async (request) => ({ items: await findReferrals(db, actorOf(request), request.query) }),
  );

  app.get(
    '/api/referrals/destinations',
    {
      config: read,
      schema: {
        tags,
        querystring: DestinationsQuery,
        response: { 200: Type.Object({ items: Type.Array(DestinationOption) }) },
      },
    },
    async (request) => ({ items: await findDestinations(db, actorOf(request), request.query.q) }),
  );

  app.get(
    '/api/referrals/:id',
    { config: read, schema: { tags, params: ReferralIdParams, response: { 200: ReferralView } } },
    async (request) => readReferral(db, actorOf(request), request.params.id),
  );

  app.get(
    '/api/referrals/:id/letter.pdf',
    { config: read, schema: { tags, params: ReferralIdParams } },
    async (request, reply) => {
      const pdf = await referralLetter(db, actorOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="referral-${request.params.id}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.post(
    '/api/referrals/:id/status',
    {
      config: write,
      schema: {
        tags,
        params: ReferralIdParams,
        body: ChangeStatusBody,
        response: { 200: ReferralView },
      },
    },
    async (request) =>
      withStatusLabels(request, () =>
        changeReferralStatus(db, actorOf(request), request.params.id, request.body),
      ),
  );

  app.post(
    '/api/referrals/:id/resend-link',
    { config: write, schema: { tags, params: ReferralIdParams, response: { 200: ReferralView } } },
    async (request) =>
      resendPartnerLink(db, actorOf(request), linkSettings(request, deps), request.params.id),
  );

  registerPartnerRoutes(app, db, deps);
}
