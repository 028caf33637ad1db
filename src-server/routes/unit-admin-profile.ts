import { requireCaller } from '../auth/caller.ts';
import { loadOwnProfile, updateOwnProfile } from '../unit-admin/own-profile.ts';
import type { RouteModule } from './route-module.ts';

/** A unit administrator's own profile (个人基本信息维护): contact details only. */
export const unitAdminProfileRoutes: RouteModule = (app, context) => {
  app.get('/admin/profile', async (request) => {
    const caller = requireCaller(request, 'unit_admin');
    return { profile: await loadOwnProfile(context, { adminId: caller.adminId, unitId: caller.unitId }) };
  });

  app.put('/admin/profile', async (request) => {
    const caller = requireCaller(request, 'unit_admin');
    const owner = { adminId: caller.adminId, unitId: caller.unitId };
    return { profile: await updateOwnProfile(context, owner, request.body, request.ip) };
  });
};
