import { z } from 'zod';
import { errorCodes, type ErrorCode, type FieldError } from '../../../src-shared/contract/index.ts';
import { CallFailure } from '../api/call-failure.ts';

const TIMEOUT_MS = 15_000;

export interface ServerRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** Sent as JSON, or as multipart/form-data when it is a FormData (e.g. a registration with its scan). */
  body?: unknown;
  token?: string;
}

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

export const unreachable = () => new CallFailure('UNAVAILABLE', '无法连接服务器，请检查网络和服务器地址');

/**
 * One JSON request to the sync API. The server's errors come back as CallFailures with its Chinese
 * message and, where the contract knows it, its code (WRONG_CAPTCHA, NOT_APPROVED, …); an unreachable
 * server is UNAVAILABLE.
 */
export async function requestServer<T>(serverUrl: string, request: ServerRequest, answer: z.ZodType<T>) {
  const response = await send(serverUrl, request);
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return answer.parse(body);
  throw failureOf(response.status, body);
}

async function send(serverUrl: string, { method, path, body, token }: ServerRequest): Promise<Response> {
  const headers: Record<string, string> = {};
  const multipart = body instanceof FormData;
  // fetch sets the multipart content type itself, with its boundary.
  if (body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(`${serverUrl.replace(/\/+$/, '')}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw unreachable();
  }
}

function failureOf(status: number, body: unknown): CallFailure {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success)
    return new CallFailure('UNAVAILABLE', `服务器暂时无法处理请求（${status}），请稍后重试`);
  const { code, message, fields } = parsed.data.error;
  return new CallFailure(contractCodeOf(code, status), message, fields as FieldError[] | undefined);
}

function contractCodeOf(code: string, status: number): ErrorCode {
  if ((errorCodes as readonly string[]).includes(code)) return code as ErrorCode;
  if (status >= 500) return 'UNAVAILABLE';
  if (status === 404) return 'NOT_FOUND';
  if (status === 403) return 'FORBIDDEN';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 409) return 'CONFLICT';
  return 'INVALID_ARGUMENT';
}
