import type { CallArgs, CallOutput, IpcChannel } from '../../../src-shared/contract/index.ts';

/** The core's implementation of the contract: the compiler checks that every call has a handler. */
export type IpcHandlers = {
  [C in IpcChannel]: (args: CallArgs<C>) => Promise<CallOutput<C>> | CallOutput<C>;
};
