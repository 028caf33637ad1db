/** Why a request to the sync API failed, by what the engine does about it. */
export type SyncErrorKind =
  /** No answer: no network, refused, reset, timed out or cut mid-body. Retried; the client is offline. */
  | 'offline'
  /** 401: the session expired or was revoked; the administrator must log in online again. */
  | 'unauthorized'
  /** 409 RESYNC_REQUIRED: the cursor belongs to another data set or schema; pull everything again. */
  | 'resync'
  /** 5xx: a server fault or outage. Retried with backoff. */
  | 'server'
  /** Another 4xx: the request itself was refused; retrying it unchanged can't help. */
  | 'refused';

export class SyncError extends Error {
  readonly kind: SyncErrorKind;
  readonly status: number | undefined;
  /** The API's stable error code, when it answered one. */
  readonly code: string | undefined;

  constructor(
    kind: SyncErrorKind,
    message: string,
    options: { status?: number; code?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'SyncError';
    this.kind = kind;
    this.status = options.status;
    this.code = options.code;
  }

  /** Worth another attempt after a pause. */
  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server';
  }
}

export const offline = (cause: unknown) =>
  new SyncError('offline', '无法连接服务器，请检查网络；决定已保存在本机，联网后会自动同步', { cause });

/** The error of an answered request that was not a success. */
export function answeredError(
  status: number,
  code: string | undefined,
  message: string | undefined,
): SyncError {
  if (status === 401) {
    return new SyncError('unauthorized', message ?? '登录已过期，请重新登录', { status, code });
  }
  if (status === 409 && code === 'RESYNC_REQUIRED') {
    return new SyncError('resync', message ?? '服务器数据已更新，需要重新完整同步', { status, code });
  }
  if (status >= 500) {
    return new SyncError('server', `服务器暂时无法处理请求（${status}），稍后会自动重试`, { status, code });
  }
  return new SyncError('refused', message ?? `服务器拒绝了请求（${status}）`, { status, code });
}

/** A sync stopped on purpose (the engine was stopped); not a failure. */
export class SyncCancelled extends Error {
  constructor() {
    super('同步已取消');
    this.name = 'SyncCancelled';
  }
}
