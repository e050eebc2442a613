import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.js';
import { isApiRoute } from './access.js';
import { sendProblem } from './errors.js';

/**
 * Serves the built React app: the public portal at `/` and the staff back office under `/staff`,
 * each a separate bundle with its own HTML shell. Unknown API paths answer problem+json; unknown
 * page paths get the shell of their bundle so client-side routes survive a reload.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const available = existsSync(path.join(webDir, 'index.html'));
  if (available) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      index: false,
      wildcard: false,
      setHeaders(res, filePath) {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  const sendShell = (reply: FastifyReply, shell: string) => {
    if (!available) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built. Run: npm run build');
    }
    return reply.header('cache-control', 'no-cache').sendFile(shell);
  };

  app.get('/', (_request, reply) => sendShell(reply, 'index.html'));
  app.get('/staff', (_request, reply) => sendShell(reply, 'staff/index.html'));
  app.get('/staff/*', (_request, reply) => sendShell(reply, 'staff/index.html'));

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const looksLikePage = request.method === 'GET' && !path.extname(pathname);
    if (isApiRoute(pathname) || !looksLikePage) {
      return sendProblem(request, reply, new AppError('not_found'));
    }
    return sendShell(reply, 'index.html');
  });
}
