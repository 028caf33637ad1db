import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError, type ErrorBody } from './http-error.ts';

/** Fastify's own 4xx errors (bad JSON, wrong media type, body too large) get Chinese messages too. */
const FRAMEWORK_MESSAGES: Record<number, string> = {
  400: '请求格式错误，请检查提交的内容',
  404: '接口不存在',
  405: '不支持的请求方法',
  406: '不支持的响应格式',
  408: '请求超时，请重试',
  413: '提交的内容过大',
  415: '不支持的提交格式',
  429: '请求过于频繁，请稍后再试',
  431: '请求头或网址过长',
};

export function errorAnswer(error: unknown): { status: number; body: ErrorBody } {
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

/** A URL Fastify's router cannot decode (e.g. `%zz`): 400, in Chinese like every other answer. */
export function answerBadUrl(_error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply.status(400).send({
    error: { code: 'INVALID_ARGUMENT', message: '请求地址格式错误，请检查网址' },
  } satisfies ErrorBody);
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request: header fields or a URL over its size
 * limit (431), a timed-out request (408), anything else malformed (400). Answered as raw HTTP on the
 * socket, which is then closed, as Fastify's own handler does, but with a Chinese message.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy(error);
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify({
    error: { code: frameworkCode(status), message: FRAMEWORK_MESSAGES[status] ?? '请求无效' },
  } satisfies ErrorBody);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
