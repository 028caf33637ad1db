import type { FastifyInstance } from 'fastify';

/** A route as registered: its method and URL pattern (with `:param` placeholders). */
export interface RegisteredRoute {
  method: string;
  url: string;
}

const routesByApp = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/**
 * Starts recording the routes registered on the app from now on (call before registering any), so
 * that what must hold for every route (tests throw malformed input at each) can't miss a new one.
 */
export function recordRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  routesByApp.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url });
  });
}

/** Every route registered on the app since recordRoutes, in registration order. */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return routesByApp.get(app) ?? [];
}
