import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireCaller } from '../auth/caller.ts';
import { decideUnit, parseRejection, type Decider } from '../hr/decide-unit.ts';
import { listDepartmentUnits } from '../hr/list-units.ts';
import { unitScanOf } from '../hr/unit-scan.ts';
import { parseInput } from '../http/http-error.ts';
import type { RouteModule } from './route-module.ts';

const unitParamsSchema = z.object({ unitId: z.string().min(1).max(64) });

/** The HR department's review of the units registered with it; every query is scoped to it. */
export const hrRoutes: RouteModule = (app, context) => {
  app.get('/hr/units', (request) => {
    const caller = requireCaller(request, 'hr_admin');
    return listDepartmentUnits(context, caller.hrDepartmentCode, request.query);
  });

  app.get('/hr/units/:unitId/scan', async (request, reply) => {
    const caller = requireCaller(request, 'hr_admin');
    const { unitId } = parseInput(unitParamsSchema, request.params);
    const scan = await unitScanOf(context, caller.hrDepartmentCode, unitId);
    return reply.type(scan.mediaType).header('cache-control', 'private, no-store').send(scan.content);
  });

  app.post('/hr/units/:unitId/approve', (request) => {
    const decider = deciderOf(request);
    const { unitId } = parseInput(unitParamsSchema, request.params);
    return decideUnit(context, unitId, { kind: 'approve' }, decider);
  });

  app.post('/hr/units/:unitId/reject', (request) => {
    const decider = deciderOf(request);
    const { unitId } = parseInput(unitParamsSchema, request.params);
    return decideUnit(context, unitId, parseRejection(request.body), decider);
  });
};

function deciderOf(request: FastifyRequest): Decider {
  const caller = requireCaller(request, 'hr_admin');
  return {
    actorKind: 'hr_admin',
    actorId: caller.hrAdminId,
    address: request.ip,
    hrDepartmentCode: caller.hrDepartmentCode,
  };
}
