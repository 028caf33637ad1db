import { z } from 'zod';
import { certificateHoursCalls, certificateJobEventSchema } from './calls/certificates-hours.ts';
import { noArguments } from './calls/common.ts';
import { declarationCalls } from './calls/declarations.ts';
import { departmentCalls } from './calls/departments.ts';
import { referenceCalls } from './calls/reference.ts';
import { registrationCalls } from './calls/registration.ts';
import { sessionCalls } from './calls/session.ts';
import { settingsCalls } from './calls/settings.ts';
import { staffCalls } from './calls/staff.ts';
import { syncCalls, syncStateSchema } from './calls/sync-calls.ts';
import { unitAdminCalls } from './calls/unit-admin.ts';
import type { CoreEventName, IpcChannel } from './channels.ts';

export * from './calls/certificates-hours.ts';
export * from './calls/common.ts';
export * from './calls/declarations.ts';
export * from './calls/reference.ts';
export * from './calls/registration.ts';
export * from './calls/session.ts';
export * from './calls/settings.ts';
export * from './calls/staff.ts';
export * from './calls/sync-calls.ts';
export * from './calls/unit-admin.ts';
export * from './queries.ts';

export const appInfoSchema = z.object({
  productName: z.string(),
  version: z.string(),
  runtime: z.enum(['electron', 'browser-shell']),
  nodeVersion: z.string(),
  sqliteVersion: z.string(),
  localDatabasePath: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

interface CallSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * The one typed contract between the renderer and the core. Both transports (Electron IPC and the
 * browser shell's HTTP) carry exactly these calls.
 */
export const ipcContract = {
  appInfo: { input: noArguments, output: appInfoSchema },
  ...sessionCalls,
  ...registrationCalls,
  ...settingsCalls,
  ...referenceCalls,
  ...unitAdminCalls,
  ...departmentCalls,
  ...staffCalls,
  ...declarationCalls,
  ...certificateHoursCalls,
  ...syncCalls,
} as const satisfies Record<IpcChannel, CallSpec>;

/** Spreads escape excess-property checks: this fails the build when a call has no channel name. */
const _noExtraCalls: Record<Exclude<keyof typeof ipcContract, IpcChannel>, never> = {};

export type IpcContract = typeof ipcContract;
export type CallInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>;
export type CallArgs<C extends IpcChannel> = z.output<IpcContract[C]['input']>;
export type CallOutput<C extends IpcChannel> = z.output<IpcContract[C]['output']>;

/** What the core pushes to the renderer, by event name. */
export const coreEventContract = {
  /** The open account's sync state whenever it changes; null once no account is open. */
  syncState: syncStateSchema.nullable(),
  /** A certificate job's progress, then its result (证书打印). */
  certificateJob: certificateJobEventSchema,
} as const satisfies Record<CoreEventName, z.ZodType>;

export type CoreEventPayload<E extends CoreEventName> = z.output<(typeof coreEventContract)[E]>;
export type CoreEventListener<E extends CoreEventName> = (payload: CoreEventPayload<E>) => void;

/** What the renderer calls: one function per contract entry, and a way to hear the core's events. */
export type Api = {
  [C in IpcChannel]: undefined extends CallInput<C>
    ? (args?: CallInput<C>) => Promise<CallOutput<C>>
    : (args: CallInput<C>) => Promise<CallOutput<C>>;
} & {
  /** Calls `listener` with each event of that name; returns the function that stops listening. */
  onEvent<E extends CoreEventName>(name: E, listener: CoreEventListener<E>): () => void;
};
