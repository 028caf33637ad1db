import { z } from 'zod';
import { requireCaller } from '../auth/caller.ts';
import { parseInput } from '../http/http-error.ts';
import { listDeclarations } from '../staff/declaration-list.ts';
import { submitDeclaration } from '../staff/declaration-submit.ts';
import { readDeclarationUpload } from '../staff/declaration-upload.ts';
import { toDetail } from '../staff/declaration-view.ts';
import { withdrawDeclaration } from '../staff/declaration-withdraw.ts';
import { summarizeOwnHours } from '../staff/hours-summary.ts';
import { findOwnDeclaration } from '../staff/own-declaration.ts';
import { changePassword } from '../auth/password-change.ts';
import { updateProfile } from '../staff/profile-update.ts';
import { loadProfile } from '../staff/profile-view.ts';
import type { RouteModule } from './route-module.ts';

const idParams = z.object({ id: z.string().min(1) });

/** The staff member's own corner (个人): profile, password, declarations and yearly hours. */
export const staffPortalRoutes: RouteModule = (app, context) => {
  app.get('/me', async (request) => {
    const caller = requireCaller(request, 'staff');
    return { profile: await loadProfile(context.db, caller.staffId) };
  });

  app.put('/me', async (request) => {
    const caller = requireCaller(request, 'staff');
    return { profile: await updateProfile(context, caller, request.body) };
  });

  app.post('/me/password', async (request) => {
    const caller = requireCaller(request, 'staff');
    const owner = { kind: 'staff', id: caller.staffId, unitId: caller.unitId } as const;
    return { session: await changePassword(context, owner, request.body, request.ip) };
  });

  app.post('/me/declarations', async (request, reply) => {
    const caller = requireCaller(request, 'staff');
    const upload = await readDeclarationUpload(request);
    const declaration = await submitDeclaration(context, caller, upload);
    return reply.status(201).send({ declaration });
  });

  app.get('/me/declarations', async (request) => {
    const caller = requireCaller(request, 'staff');
    return listDeclarations(context, caller, request.query);
  });

  app.get('/me/declarations/:id', async (request) => {
    const caller = requireCaller(request, 'staff');
    const { id } = parseInput(idParams, request.params);
    return { declaration: toDetail(await findOwnDeclaration(context.db, caller.staffId, id)) };
  });

  app.post('/me/declarations/:id/withdraw', async (request) => {
    const caller = requireCaller(request, 'staff');
    const { id } = parseInput(idParams, request.params);
    return { declaration: await withdrawDeclaration(context, caller, id) };
  });

  app.get('/me/hours', async (request) => {
    const caller = requireCaller(request, 'staff');
    return { years: await summarizeOwnHours(context, caller) };
  });
};
