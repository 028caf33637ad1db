import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { ATTACHMENT_UPLOAD_LIMIT_BYTES } from './http/limits.ts';
import { resolveCaller } from './auth/sessions.ts';
import type { ServerContext } from './context.ts';
import { HttpError, type ErrorBody } from './http/http-error.ts';
import { routeModules } from './routes/index.ts';

export interface BuildServerOptions {
  context: ServerContext;
  logger?: boolean;
}

/** The sync API: every route under /api/v1, every answer JSON, every error Chinese and 4xx unless a bug. */
export async function buildServer({ context, logger = false }: BuildServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 4 * 1024 * 1024, return503OnClosing: true });
  app.decorateRequest('caller', null);
  app.decorateRequest('sessionTokenHash', null);
  app.addHook('onRequest', (request) => resolveCaller(context, request));
  app.setErrorHandler((error, request, reply) => {
    const answer = errorAnswer(error);
    if (answer.status >= 500) request.log.error({ err: error }, 'request failed');
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

/** Fastify's own 4xx errors (bad JSON, wrong media type, body too large) get Chinese messages too. */
const FRAMEWORK_MESSAGES: Record<number, string> = {
  400: '请求格式错误，请检查提交的内容',
  404: '接口不存在',
  405: '不支持的请求方法',
  406: '不支持的响应格式',
  413: '提交的内容过大',
  415: '不支持的提交格式',
  429: '请求过于频繁，请稍后再试',
};

function errorAnswer(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) return { status: error.status, body: error.toBody() };
  const status = (error as FastifyError).statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const message = FRAMEWORK_MESSAGES[status] ?? '请求无效';
    return { status, body: { error: { code: frameworkCode(status), message } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: '系统内部错误，请稍后重试' } } };
}

function frameworkCode(status: number): string {
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  return 'INVALID_ARGUMENT';
}
