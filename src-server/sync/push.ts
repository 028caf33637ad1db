import type { z } from 'zod';
import {
  mutationArgsSchemas,
  type MutationName,
  type MutationResult,
  type pushRequestSchema,
  type PushResponse,
} from '../../src-shared/contract/sync.ts';
import { writeAudit } from '../audit.ts';
import type { ServerContext } from '../context.ts';
import { HttpError, parseInput } from '../http/http-error.ts';
import {
  assertClientOfUnit,
  recordResult,
  storedResult,
  trackClient,
  type MutationKey,
} from './applied-mutations.ts';
import { isRetryable } from './db-errors.ts';
import { rejected } from './mutations/outcomes.ts';
import { mutationHandlers } from './mutations/registry.ts';
import type {
  MutationContext,
  MutationHandler,
  MutationOutcome,
  UnitAdminCaller,
} from './mutations/types.ts';

export type PushInput = z.output<typeof pushRequestSchema>;
type PushedMutation = PushInput['mutations'][number];

const ATTEMPTS = 3;

function handlerOf(name: string): MutationHandler<never> | undefined {
  if (!Object.hasOwn(mutationHandlers, name)) return undefined;
  return mutationHandlers[name as MutationName] as MutationHandler<never>;
}

function permissionRefusal(caller: UnitAdminCaller, permission: MutationHandler<never>['permission']) {
  if (caller.role === 'admin') return undefined;
  if (permission === 'mainAdmin') return '只有单位主管理员可以管理管理人员';
  return caller.permissions.includes(permission) ? undefined : '当前管理人员没有此项操作权限';
}

/** The mutation's arguments as its schema reads them, or why they are invalid (naming the field). */
function parsedArgs(name: MutationName, raw: unknown): { args: never } | { reason: string } {
  try {
    return { args: parseInput(mutationArgsSchemas[name], raw) as never };
  } catch (error) {
    if (error instanceof HttpError) return { reason: error.message };
    throw error;
  }
}

/** Checks the name, the caller's permission and the arguments, then applies the mutation. */
async function runMutation(context: MutationContext, mutation: PushedMutation): Promise<MutationOutcome> {
  const audit = { target: mutation.name };
  const handler = handlerOf(mutation.name);
  if (!handler) return rejected(`未知的操作：${mutation.name}`, audit);
  const refusal = permissionRefusal(context.caller, handler.permission);
  if (refusal) return rejected(refusal, audit);
  const parsed = parsedArgs(mutation.name as MutationName, mutation.args);
  if ('reason' in parsed) return rejected(parsed.reason, audit);
  return handler.apply(context, parsed.args);
}

interface PushScope {
  context: ServerContext;
  caller: UnitAdminCaller;
  clientId: string;
  address: string;
}

/** One mutation in its own transaction, which also records its answer: applied at most once. */
function applyOnce(scope: PushScope, mutation: PushedMutation): Promise<MutationResult> {
  const { context, caller, clientId } = scope;
  const key: MutationKey = { clientId, mutationId: mutation.mutationId, unitId: caller.unitId };
  return context.db.transaction().execute(async (trx) => {
    const stored = await storedResult(trx, key);
    if (stored) return stored;
    const now = context.now();
    const mutationContext: MutationContext = {
      trx,
      server: { ...context, db: trx },
      caller,
      clientId,
      now,
      baseVersion: mutation.baseVersion,
    };
    const { audit, ...outcome } = await runMutation(mutationContext, mutation);
    const result: MutationResult = { mutationId: mutation.mutationId, ...outcome };
    const at = now.toISOString();
    await recordResult(trx, { ...key, name: mutation.name, at }, result);
    await trackClient(trx, caller, { ...key, at });
    await writeAudit(trx, {
      at,
      actorKind: 'unit_admin',
      actorId: caller.adminId,
      unitId: caller.unitId,
      clientId,
      action: mutation.name,
      target: audit.target,
      details: { mutationId: mutation.mutationId, status: result.status, ...audit.summary },
      address: scope.address,
    });
    return result;
  });
}

async function pushOne(scope: PushScope, mutation: PushedMutation): Promise<MutationResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await applyOnce(scope, mutation);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

/**
 * Applies a client's mutations in order, each exactly once: a mutation already processed answers its
 * stored result. A rejected or conflicting mutation never stops the ones after it.
 */
export async function push(
  context: ServerContext,
  caller: UnitAdminCaller,
  input: PushInput,
  address: string,
): Promise<PushResponse> {
  await assertClientOfUnit(context.db, input.clientId, caller);
  const scope = { context, caller, clientId: input.clientId, address };
  const results: MutationResult[] = [];
  for (const mutation of input.mutations) results.push(await pushOne(scope, mutation));
  return { results };
}
