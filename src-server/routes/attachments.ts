import type { RouteModule } from './route-module.ts';

export const attachmentRoutes: RouteModule = () => {};
