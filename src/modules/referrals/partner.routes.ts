import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { actorOf } from '../../server/plugins/access.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import {
  answerAsPartner,
  answerByPartnerLink,
  listPartnerReferrals,
  readPartnerReferral,
  viewByPartnerLink,
} from './partner.service.js';
import { withStatusLabels } from './referral-errors.js';
import {
  ChangeStatusBody,
  LinkChangeStatusBody,
  PartnerReferralSummary,
  PartnerReferralView,
  ReferralIdParams,
  TokenQuery,
} from './referrals.schemas.js';

const tags = ['referrals'];
const partner = { access: { permission: 'referrals.partner' as const } };

/** The partner's side: the signed link from the e-mail (public), and partner accounts. */
export function registerPartnerRoutes(parent: FastifyInstance, db: Db, deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const open = { access: 'public' as const };
  // Anyone can reach these: a per-address limit keeps a script from guessing at them.
  const openWrite = {
    ...open,
    rateLimit: { max: deps.config.publicWriteRateLimitPerMinute, timeWindow: '1 minute' },
  };

  app.get(
    '/api/public/referrals/:id',
    {
      config: open,
      schema: {
        tags,
        params: ReferralIdParams,
        querystring: TokenQuery,
        response: { 200: PartnerReferralView },
      },
    },
    async (request) =>
      viewByPartnerLink(
        db,
        { keyRing: deps.keyRing, ip: request.ip },
        request.params.id,
        request.query.token,
      ),
  );

  app.post(
    '/api/public/referrals/:id/status',
    {
      config: openWrite,
      schema: {
        tags,
        params: ReferralIdParams,
        body: LinkChangeStatusBody,
        response: { 200: PartnerReferralView },
      },
    },
    async (request) => {
      const { token, ...change } = request.body;
      return withStatusLabels(request, () =>
        answerByPartnerLink(
          db,
          { keyRing: deps.keyRing, ip: request.ip },
          request.params.id,
          token,
          change,
        ),
      );
    },
  );

  app.get(
    '/api/partner/referrals',
    {
      config: partner,
      schema: {
        tags,
        response: { 200: Type.Object({ items: Type.Array(PartnerReferralSummary) }) },
      },
    },
    async (request) => ({ items: await listPartnerReferrals(db, actorOf(request)) }),
  );

  app.get(
    '/api/partner/referrals/:id',
    {
      config: partner,
      schema: { tags, params: ReferralIdParams, response: { 200: PartnerReferralView } },
    },
    async (request) => readPartnerReferral(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/partner/referrals/:id/status',
    {
      config: partner,
      schema: {
        tags,
        params: ReferralIdParams,
        body: ChangeStatusBody,
        response: { 200: PartnerReferralView },
      },
    },
    async (request) =>
      withStatusLabels(request, () =>
        answerAsPartner(db, actorOf(request), request.params.id, request.body),
      ),
  );
}
