import { parentPort, workerData } from 'node:worker_threads';
import { dispatch } from '../api/dispatch.ts';
import type { HostServices } from '../host-services.ts';
import { createCoreServices } from '../services/core-services.ts';
import { lowerThreadPriority } from '../sync/thread-priority.ts';
import type { CoreWorkerData, FromWorker, HostMethod, ToWorker } from './messages.ts';

/**
 * The core's thread: owns the databases and the sync engine so that neither a million-row sync nor a
 * slow query ever blocks the window's process. Calls arrive as messages and are dispatched here.
 */
const port = parentPort!;
// The window's thread goes first: a resync's index build must not stall it (where the OS allows).
lowerThreadPriority();
const post = (message: FromWorker) => port.postMessage(message);

const pendingHostCalls = new Map<number, { resolve(value: string): void; reject(error: Error): void }>();
let nextHostCallId = 1;

function callHost(method: HostMethod, arg: string): Promise<string> {
  const id = nextHostCallId++;
  return new Promise((resolve, reject) => {
    pendingHostCalls.set(id, { resolve, reject });
    post({ type: 'host-call', id, method, args: [arg] });
  });
}

const host: HostServices = {
  vault: { seal: (plain) => callHost('vault.seal', plain), open: (sealed) => callHost('vault.open', sealed) },
  emit: (name, payload) => post({ type: 'event', name, payload }),
};

const services = startServices();

function startServices() {
  try {
    const started = createCoreServices({ ...(workerData as CoreWorkerData), host });
    post({ type: 'ready' });
    return started;
  } catch (error) {
    post({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
    port.close();
    return null;
  }
}

port.on('message', (message: ToWorker) => {
  if (!services) return;
  if (message.type === 'call') {
    void dispatch(services.handlers, message.channel, message.args).then((result) =>
      post({ type: 'result', id: message.id, result }),
    );
    return;
  }
  if (message.type === 'host-result') {
    const pending = pendingHostCalls.get(message.id);
    pendingHostCalls.delete(message.id);
    if (message.ok) pending?.resolve(message.value);
    else pending?.reject(new Error(message.message));
    return;
  }
  void services.close().finally(() => {
    post({ type: 'closed' });
    port.close();
  });
});
