import { readMultipart } from '../registration/read-multipart.ts';
import { listPublicDepartments, listPublicUnits } from '../registration/public-lookups.ts';
import { registerStaff } from '../registration/staff-registration.ts';
import { withdrawStaffRegistration } from '../registration/staff-withdraw.ts';
import { checkUnitCodeAvailability } from '../registration/unit-code-check.ts';
import { registerUnit } from '../registration/unit-registration.ts';
import type { RouteModule } from './route-module.ts';

/** Public endpoints: registering units and staff, and the look-ups their forms need. */
export const registrationRoutes: RouteModule = (app, context) => {
  app.post('/registrations/units', async (request, reply) => {
    const answer = await registerUnit(context, await readMultipart(request));
    return reply.status(201).send(answer);
  });

  app.get('/registrations/units/check', (request) => checkUnitCodeAvailability(context, request.query));

  app.post('/registrations/staff', async (request, reply) => {
    const answer = await registerStaff(context, request.body);
    return reply.status(201).send(answer);
  });

  app.post('/registrations/staff/withdraw', (request) =>
    withdrawStaffRegistration(context, request.body, request.ip),
  );

  app.get('/public/units', (request) => listPublicUnits(context, request.query));

  app.get('/public/units/:unitId/departments', (request) => listPublicDepartments(context, request.params));
};
