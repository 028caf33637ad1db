import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { CallResult } from '../../../../src-shared/contract/index.ts';
import type { CoreProcessRequest } from './core-process.ts';

const SCRIPT = fileURLToPath(new URL('./core-process.ts', import.meta.url));

/** The desktop app as a process of its own, whose calls go through the real core worker. */
export interface CoreProcess {
  call<T>(channel: string, args?: unknown): Promise<T>;
  /** Kills the whole process at once (SIGKILL): no clean-up code of the core runs. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

type Answer = { ready: true } | { id: number; result: CallResult<unknown> | null };

export async function startCoreProcess(userDataDir: string): Promise<CoreProcess> {
  const child: ChildProcess = fork(SCRIPT, [userDataDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, (result: CallResult<unknown> | null) => void>();
  let next = 0;
  const exited = once(child, 'exit');
  const ready = Promise.withResolvers<void>();
  child.on('message', (answer: Answer) => {
    if ('ready' in answer) return ready.resolve();
    waiting.get(answer.id)?.(answer.result);
    waiting.delete(answer.id);
  });
  void exited.then(() => ready.reject(new Error('the core process exited before it was ready')));
  await ready.promise;

  function request(message: Omit<CoreProcessRequest, 'id'>): Promise<CallResult<unknown> | null> {
    const id = next++;
    const answered = new Promise<CallResult<unknown> | null>((resolve) => waiting.set(id, resolve));
    child.send({ ...message, id });
    return answered;
  }

  return {
    async call<T>(channel: string, args: unknown = {}) {
      const result = await request({ channel, args });
      if (!result?.ok) throw new Error(`${channel}: ${result?.error.message ?? 'no answer'}`);
      return result.value as T;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async close() {
      await request({ close: true });
      await exited;
    },
  };
}
