import { z } from 'zod';
import type { IpcChannel } from './channels.ts';

/** A call that takes no arguments still rejects unexpected ones. */
const noArguments = z.object({}).strict().optional();

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
} as const satisfies Record<IpcChannel, CallSpec>;

export type IpcContract = typeof ipcContract;
export type CallInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>;
export type CallArgs<C extends IpcChannel> = z.output<IpcContract[C]['input']>;
export type CallOutput<C extends IpcChannel> = z.output<IpcContract[C]['output']>;

/** What the renderer calls: one function per contract entry. */
export type Api = {
  [C in IpcChannel]: undefined extends CallInput<C>
    ? (args?: CallInput<C>) => Promise<CallOutput<C>>
    : (args: CallInput<C>) => Promise<CallOutput<C>>;
};
