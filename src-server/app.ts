import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { ATTACHMENT_UPLOAD_LIMIT_BYTES } from './http/limits.ts';
import { resolveCaller } from './auth/sessions.ts';
import type { ServerContext } from './context.ts';
import { answerBadUrl, answerClientError, errorAnswer } from './http/framework-errors.ts';
import { recordRoutes } from './http/route-list.ts';
import { routeModules } from './routes/index.ts';

export interface BuildServerOptions {
  context: ServerContext;
  logger?: boolean;
}

/** The sync API: every route under /api/v1, every answer JSON, every error Chinese and 4xx unless a bug. */
export async function buildServer({ context, logger = false }: BuildServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: 4 * 1024 * 1024,
    return503OnClosing: true,
    // Errors Fastify answers before a route runs: a malformed percent-encoding in the URL, and what
    // Node's HTTP parser refuses (headers or URL too long, a broken request line).
    frameworkErrors: answerBadUrl,
    clientErrorHandler: answerClientError,
  });
  recordRoutes(app);
  reapConnectionsWhileClosing(app);
  app.decorateRequest('caller', null);
  app.decorateRequest('sessionTokenHash', null);
  app.addHook('onRequest', (request) => resolveCaller(context, request));
  app.setErrorHandler((error, request, reply) => {
    const answer = errorAnswer(error);
    if (answer.status >= 500) request.log.error({ err: error }, 'request failed');
    // Refused partway through its body (a form without a boundary or over a limit): the rest is read
    // and dropped, as Node does for a body nobody started on. Left unread, it stops the client, which
    // is still sending, from ever getting to the answer.
    if (!request.raw.complete) request.raw.unpipe().resume();
    return reply.status(answer.status).send(answer.body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: `接口不存在：${request.method} ${request.url}` } }),
  );
  await app.register(compress, { encodings: ['gzip', 'deflate'], threshold: 1024 });
  await app.register(multipart, {
    limits: { fileSize: ATTACHMENT_UPLOAD_LIMIT_BYTES, files: 1, fields: 30, fieldSize: 64 * 1024 },
  });
  for (const register of routeModules) {
    await app.register((instance) => register(instance, context), { prefix: '/api/v1' });
  }
  return app;
}

/**
 * While the server closes, connections that turn idle (an answer in flight went out, a refused body
 * finished arriving) are ended as they do: Node ends only those idle when the close begins, and would
 * wait for the others until their keep-alive timeout (72 s).
 */
function reapConnectionsWhileClosing(app: FastifyInstance): void {
  app.addHook('preClose', (done) => {
    const reaper = setInterval(() => app.server.closeIdleConnections(), 100).unref();
    app.server.once('close', () => clearInterval(reaper));
    done();
  });
}
