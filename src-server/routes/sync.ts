import { pullRequestSchema, pushRequestSchema } from '../../src-shared/contract/sync.ts';
import { requireCaller, requireUnitPermission } from '../auth/caller.ts';
import { parseInput } from '../http/http-error.ts';
import { certificateLeaseRequestSchema, leaseCertificateNumbers } from '../sync/certificate-leases.ts';
import { negotiatePageEncoding } from '../sync/content-coding.ts';
import { createPullService } from '../sync/pull-service.ts';
import { releaseBytes } from '../sync/release-bytes.ts';
import { push } from '../sync/push.ts';
import type { RouteModule } from './route-module.ts';

/** The employer client's sync: pull the unit's changes, push the administrators' decisions. */
export const syncRoutes: RouteModule = (app, context) => {
  const pulls = createPullService(context);
  app.addHook('onClose', () => pulls.close());

  // Pages are compressed by the pull service, which builds them (on SQLite in a worker thread), rather
  // than by @fastify/compress on the event loop: megabytes of column arrays shrink over 10×.
  app.post('/sync/pull', { compress: false }, async (request, reply) => {
    const caller = requireCaller(request, 'unit_admin');
    const input = parseInput(pullRequestSchema, request.body);
    const page = await pulls.page(
      caller.unitId,
      input,
      negotiatePageEncoding(request.headers['accept-encoding']),
    );
    reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
    if (page.encoding !== 'identity') reply.header('content-encoding', page.encoding);
    // Freed once sent rather than left to the garbage collector: V8 runs a full collection of the
    // event loop's heap for every few dozen megabytes of such outside memory left behind.
    reply.raw.once('finish', () => releaseBytes(page.body));
    return reply.send(Buffer.from(page.body.buffer, page.body.byteOffset, page.body.byteLength));
  });

  app.post('/sync/push', async (request) => {
    const caller = requireCaller(request, 'unit_admin');
    const input = parseInput(pushRequestSchema, request.body);
    return push(context, caller, input, request.ip);
  });

  app.post('/sync/certificate-numbers', async (request) => {
    const caller = requireUnitPermission(request, 'certificates');
    const input = parseInput(certificateLeaseRequestSchema, request.body);
    return leaseCertificateNumbers(context, caller, input, request.ip);
  });
};
