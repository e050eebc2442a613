import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { actorOf } from '../../server/plugins/access.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { attachmentDisposition } from './document-content.js';
import { DocumentIdParams, DocumentView, ResidentIdParams } from './documents.schemas.js';
import { addDocument, downloadDocument, listDocuments } from './documents.service.js';
import { createFileStorage, type DocumentStorage } from './storage.js';
import { readUploadForm } from './upload-form.js';

const tags = ['documents'];

export function registerDocumentRoutes(
  parent: FastifyInstance,
  db: Db,
  deps: ModuleDeps,
  storage: DocumentStorage = createFileStorage(deps.config.dataDir),
): void {
  const maxMb = deps.config.uploadMaxMb;
  // Multipart parsing exists only inside this scope: no other route accepts uploads.
  void parent.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: maxMb * 1024 * 1024, files: 1, fields: 5, parts: 6 },
    });
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();

    app.post(
      '/api/residents/:id/documents',
      {
        config: { access: { permission: 'documents.write' } },
        schema: {
          tags,
          consumes: ['multipart/form-data'],
          params: ResidentIdParams,
          response: { 201: DocumentView },
        },
      },
      async (request, reply) => {
        const input = await readUploadForm(request, maxMb);
        const view = await addDocument(
          db,
          storage,
          actorOf(request),
          request.params.id,
          input,
          maxMb,
        );
        return reply.code(201).send(view);
      },
    );

    app.get(
      '/api/residents/:id/documents',
      {
        config: { access: { permission: 'documents.read' } },
        schema: {
          tags,
          params: ResidentIdParams,
          response: { 200: Type.Object({ items: Type.Array(DocumentView) }) },
        },
      },
      async (request) => ({
        items: await listDocuments(db, actorOf(request), request.params.id),
      }),
    );

    app.get(
      '/api/documents/:id/content',
      {
        config: { access: { permission: 'documents.read' } },
        schema: { tags, params: DocumentIdParams },
      },
      async (request, reply) => {
        const { view, bytes } = await downloadDocument(
          db,
          storage,
          actorOf(request),
          request.params.id,
        );
        return reply
          .type(view.mediaType)
          .header('content-disposition', attachmentDisposition(view.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .send(bytes);
      },
    );
  });
}
