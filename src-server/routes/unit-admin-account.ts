import { requireCaller } from '../auth/caller.ts';
import { changePassword } from '../auth/password-change.ts';
import type { RouteModule } from './route-module.ts';

/** A unit administrator's own account (修改密码): the old password is required. */
export const unitAdminAccountRoutes: RouteModule = (app, context) => {
  app.post('/admin/password', async (request) => {
    const caller = requireCaller(request, 'unit_admin');
    const owner = { kind: 'unit_admin', id: caller.adminId, unitId: caller.unitId } as const;
    return { session: await changePassword(context, owner, request.body, request.ip) };
  });
};
