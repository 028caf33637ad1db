import type { RouteModule } from './route-module.ts';

export const hrRoutes: RouteModule = () => {};
