import type { Fault, FaultPlan } from '../../../support/fault-proxy.ts';

export type Route = 'push' | 'pull' | 'health' | 'attachments';
/** A fault, or one made when its turn comes (for faults that wait on something started then). */
export type ScheduledFault = Fault | (() => Fault);
export type Schedule = Partial<Record<Route, ScheduledFault[]>>;

const PASS: Fault = { kind: 'pass' };

function routeOf(path: string): Route | undefined {
  if (path.includes('/sync/push')) return 'push';
  if (path.includes('/sync/pull')) return 'pull';
  if (path.includes('/health')) return 'health';
  if (path.includes('/attachments/')) return 'attachments';
  return undefined;
}

/** The n-th request of a route gets the n-th fault listed for it; everything else passes. */
export function planOf(schedule: Schedule): FaultPlan {
  const seen: Record<Route, number> = { push: 0, pull: 0, health: 0, attachments: 0 };
  return ({ path }) => {
    const route = routeOf(path);
    if (!route) return PASS;
    const fault = schedule[route]?.[seen[route]++] ?? PASS;
    return typeof fault === 'function' ? fault() : fault;
  };
}
