import {
  createServer,
  request as forward,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** What the proxy does to one request. */
export type Fault =
  /** Forwarded and answered untouched. */
  | { kind: 'pass' }
  /** The connection is reset before the request reaches the server. */
  | { kind: 'drop' }
  /** The server handles the request; its answer is lost (the connection is reset). */
  | { kind: 'dropAnswer' }
  /** Forwarded after a pause. */
  | { kind: 'delay'; ms: number }
  /** The answer stops part-way through its body (a `fraction` of it), then the connection is reset. */
  | { kind: 'cut'; fraction?: number }
  /** The request reaches the server twice, one after the other; the client gets the second answer. */
  | { kind: 'duplicate' }
  /** Answered 500 without reaching the server. */
  | { kind: 'error500' }
  /** The server handles the request; the answer waits for `until`, then is lost. */
  | { kind: 'hold'; until: Promise<unknown>; onHeld?: () => void };

export interface ProxiedRequest {
  method: string;
  path: string;
  /** How many requests the proxy had seen before this one. */
  index: number;
}

export type FaultPlan = (request: ProxiedRequest) => Fault;

export interface FaultProxy {
  /** The proxy's origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Decides the fault of each coming request (everything passes until set). */
  plan(plan: FaultPlan): void;
  /** Requests seen so far with the fault each got. */
  log: (ProxiedRequest & { fault: Fault['kind'] })[];
  /** Sends what comes next to another port (a restarted server). */
  retarget(port: number): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const PASS: Fault = { kind: 'pass' };

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function send(target: { port: number }, incoming: IncomingMessage, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = forward(
      {
        host: '127.0.0.1',
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: `127.0.0.1:${target.port}`, connection: 'close' },
      },
      (answer) => {
        readAll(answer).then(
          (data) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: data }),
          reject,
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The answer's headers with its exact length, so a cut body is seen as cut. */
function headersOf(answer: Answer): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined && !['transfer-encoding', 'connection', 'keep-alive'].includes(name))
      headers[name] = value;
  }
  headers['content-length'] = String(answer.body.length);
  return headers;
}

function reset(response: ServerResponse): void {
  (response.socket as Socket | null)?.resetAndDestroy();
}

async function handle(
  fault: Fault,
  target: { port: number },
  incoming: IncomingMessage,
  response: ServerResponse,
) {
  const body = await readAll(incoming);
  if (fault.kind === 'drop') return reset(response);
  if (fault.kind === 'error500') {
    response.writeHead(500, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { code: 'INTERNAL', message: '代理注入的服务器错误' } }));
    return;
  }
  if (fault.kind === 'delay') await sleep(fault.ms);
  if (fault.kind === 'duplicate') await send(target, incoming, body);
  const answer = await send(target, incoming, body);
  if (fault.kind === 'dropAnswer') return reset(response);
  if (fault.kind === 'hold') {
    fault.onHeld?.();
    await fault.until;
    return reset(response);
  }
  response.writeHead(answer.status, headersOf(answer));
  if (fault.kind !== 'cut') return void response.end(answer.body);
  const kept = Math.floor(answer.body.length * (fault.fraction ?? 0.5));
  response.write(answer.body.subarray(0, kept), () => reset(response));
}

/**
 * An HTTP proxy on loopback between a client and the sync API that misbehaves on purpose: per
 * request, as the plan says, it drops, delays, cuts, duplicates or fails. Bodies are read whole
 * before forwarding, so a duplicate is the same request twice.
 */
export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  const target = { port: targetPort };
  let plan: FaultPlan = () => PASS;
  const log: FaultProxy['log'] = [];
  const server = createServer((incoming, response) => {
    const request = { method: incoming.method ?? 'GET', path: incoming.url ?? '/', index: log.length };
    const fault = plan(request);
    log.push({ ...request, fault: fault.kind });
    handle(fault, target, incoming, response).catch(() => reset(response));
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    plan(next) {
      plan = next;
    },
    log,
    retarget(port) {
      target.port = port;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
