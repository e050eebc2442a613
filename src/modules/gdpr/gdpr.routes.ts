import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import { pickLanguage } from '../../server/i18n/language.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { actorOf } from '../../server/plugins/access.js';
import { createFileStorage, type DocumentStorage } from '../documents/storage.js';
import { anonymiseResident } from './anonymise.service.js';
import { listConsents, recordConsent } from './consents.service.js';
import { localizeErasureRefusal } from './erasure-reasons.js';
import { exportHtmlCsp, renderExportHtml } from './export-html.js';
import { exportResident } from './export.service.js';
import {
  AnonymiseBody,
  AnonymiseResult,
  ConsentView,
  ExportQuery,
  RecordConsentBody,
  ResidentIdParams,
} from './gdpr.schemas.js';

const tags = ['gdpr'];

export function registerGdprRoutes(
  parent: FastifyInstance,
  db: Db,
  deps: ModuleDeps,
  storage: DocumentStorage = createFileStorage(deps.config.dataDir),
): void {
  void parent.register(async (scope) => {
    // Refusals carry a reason code; the sentence is put in the caller's language here, then the
    // error goes on to the app's one error handler.
    scope.setErrorHandler((error, request) => {
      if (error instanceof AppError && error.code === 'erasure_refused') {
        throw localizeErasureRefusal(error, pickLanguage(request.headers['accept-language']));
      }
      throw error;
    });
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();

    app.get(
      '/api/residents/:id/consents',
      {
        config: { access: { permission: 'residents.read' } },
        schema: {
          tags,
          params: ResidentIdParams,
          response: { 200: Type.Object({ items: Type.Array(ConsentView) }) },
        },
      },
      async (request) => ({ items: await listConsents(db, actorOf(request), request.params.id) }),
    );

    app.post(
      '/api/residents/:id/consents',
      {
        config: { access: { permission: 'gdpr.consents.write' } },
        schema: {
          tags,
          params: ResidentIdParams,
          body: RecordConsentBody,
          response: { 201: ConsentView },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await recordConsent(db, actorOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/residents/:id/export',
      {
        config: { access: { permission: 'gdpr.export' } },
        schema: { tags, params: ResidentIdParams, querystring: ExportQuery },
      },
      async (request, reply) => {
        const format = request.query.format ?? 'json';
        const data = await exportResident(db, actorOf(request), request.params.id, format);
        reply.header('cache-control', 'no-store');
        if (format === 'json') return reply.type('application/json; charset=utf-8').send(data);
        return reply
          .type('text/html; charset=utf-8')
          .header('content-security-policy', exportHtmlCsp)
          .send(renderExportHtml(data));
      },
    );

    app.post(
      '/api/residents/:id/anonymise',
      {
        config: { access: { permission: 'gdpr.erase' } },
        schema: {
          tags,
          params: ResidentIdParams,
          body: AnonymiseBody,
          response: { 200: AnonymiseResult },
        },
      },
      async (request) =>
        anonymiseResident(db, storage, actorOf(request), request.params.id, request.body.reason),
    );
  });
}
