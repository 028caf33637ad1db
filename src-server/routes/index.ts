import { attachmentRoutes } from './attachments.ts';
import { authRoutes } from './auth.ts';
import { certificateRoutes } from './certificates.ts';
import { dictionaryRoutes } from './dictionaries.ts';
import { healthRoutes } from './health.ts';
import { hrRoutes } from './hr.ts';
import { registrationRoutes } from './registration.ts';
import type { RouteModule } from './route-module.ts';
import { staffPortalRoutes } from './staff-portal.ts';
import { syncRoutes } from './sync.ts';
import { unitAdminAccountRoutes } from './unit-admin-account.ts';
import { unitAdminProfileRoutes } from './unit-admin-profile.ts';

export const routeModules: RouteModule[] = [
  healthRoutes,
  dictionaryRoutes,
  authRoutes,
  registrationRoutes,
  hrRoutes,
  staffPortalRoutes,
  unitAdminAccountRoutes,
  unitAdminProfileRoutes,
  syncRoutes,
  attachmentRoutes,
  certificateRoutes,
];
