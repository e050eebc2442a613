import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { registerFieldLabels } from '../../server/i18n/messages.js';
import { actorOf } from '../../server/plugins/access.js';
import {
  ColleagueView,
  CreateStaffBody,
  PartnerOrganizationOption,
  StaffIdParams,
  StaffView,
  UpdateStaffBody,
} from './staff.schemas.js';
import {
  createStaff,
  listColleagues,
  listPartnerOrganizations,
  listStaff,
  resetStaffPassword,
  resetStaffTotp,
  updateStaffAccount,
} from './staff.service.js';

const tags = ['staff'];
const manage = { access: { permission: 'staff.manage' as const } };

export function registerStaffRoutes(parent: FastifyInstance, db: Db): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  registerFieldLabels({
    el: { partnerOrganizationId: 'Φορέας του συνεργάτη' },
    en: { partnerOrganizationId: "Partner's organization" },
  });

  app.get(
    '/api/staff',
    {
      config: { access: { permission: 'staff.read' } },
      schema: { tags, response: { 200: Type.Object({ items: Type.Array(StaffView) }) } },
    },
    async (request) => ({ items: await listStaff(db, actorOf(request)) }),
  );

  app.get(
    '/api/staff/colleagues',
    {
      config: { access: 'active-session' },
      schema: { tags, response: { 200: Type.Object({ items: Type.Array(ColleagueView) }) } },
    },
    async (request) => ({ items: await listColleagues(db, actorOf(request)) }),
  );

  app.get(
    '/api/staff/partner-organizations',
    {
      config: manage,
      schema: {
        tags,
        response: { 200: Type.Object({ items: Type.Array(PartnerOrganizationOption) }) },
      },
    },
    async (request) => ({ items: await listPartnerOrganizations(db, actorOf(request)) }),
  );

  app.post(
    '/api/staff',
    {
      config: manage,
      schema: {
        tags,
        body: CreateStaffBody,
        response: { 201: Type.Object({ staff: StaffView, oneTimePassword: Type.String() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createStaff(db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/staff/:id',
    {
      config: manage,
      schema: { tags, params: StaffIdParams, body: UpdateStaffBody, response: { 200: StaffView } },
    },
    async (request) => updateStaffAccount(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/staff/:id/password-reset',
    {
      config: manage,
      schema: {
        tags,
        params: StaffIdParams,
        response: { 200: Type.Object({ oneTimePassword: Type.String() }) },
      },
    },
    async (request) => resetStaffPassword(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/staff/:id/totp-reset',
    { config: manage, schema: { tags, params: StaffIdParams, response: { 200: StaffView } } },
    async (request) => resetStaffTotp(db, actorOf(request), request.params.id),
  );
}
