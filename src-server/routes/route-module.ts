import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';

/** One area of the API; registered under /api/v1. */
export type RouteModule = (app: FastifyInstance, context: ServerContext) => void | Promise<void>;
