import { Readable } from 'node:stream';
import { constants } from 'node:zlib';
import type { FastifyCompressOptions } from '@fastify/compress';
import { pullRequestSchema, pushRequestSchema } from '../../src-shared/contract/sync.ts';
import { requireCaller, requireUnitPermission } from '../auth/caller.ts';
import { parseInput } from '../http/http-error.ts';
import { certificateLeaseRequestSchema, leaseCertificateNumbers } from '../sync/certificate-leases.ts';
import { pullPage } from '../sync/pull.ts';
import { push } from '../sync/push.ts';
import type { RouteModule } from './route-module.ts';

/** Pages are megabytes of repetitive column arrays: the fastest gzip level already shrinks them over 10×. */
const PULL_COMPRESSION: FastifyCompressOptions = {
  encodings: ['gzip', 'deflate'],
  zlibOptions: { level: constants.Z_BEST_SPEED },
};

/** The employer client's sync: pull the unit's changes, push the administrators' decisions. */
export const syncRoutes: RouteModule = (app, context) => {
  app.post('/sync/pull', { compress: PULL_COMPRESSION }, async (request, reply) => {
    const caller = requireCaller(request, 'unit_admin');
    const input = parseInput(pullRequestSchema, request.body);
    const pieces = await pullPage(context, caller.unitId, input);
    const length = pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-length', length)
      .send(Readable.from(pieces));
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
