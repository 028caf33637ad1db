import type { RouteModule } from './route-module.ts';

export const syncRoutes: RouteModule = () => {};
