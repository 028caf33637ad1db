// A whole desktop process for the kill tests: the real core (startCore with the real core worker, as
// the app runs it) in a child process that the test can SIGKILL, driven over the fork IPC channel.
import { startTestCore } from '../../../support/core.ts';

export type CoreProcessRequest = { id: number; channel: string; args: unknown } | { id: number; close: true };

const userDataDir = process.argv[2];
if (!userDataDir || !process.send) throw new Error('usage: fork core-process.ts <userDataDir>');
const send = process.send.bind(process);
const core = startTestCore(userDataDir);

process.on('message', (request: CoreProcessRequest) => {
  if ('close' in request) {
    void core.close().then(() => send({ id: request.id, result: null }, () => process.exit(0)));
    return;
  }
  void core.call(request.channel, request.args).then((result) => send({ id: request.id, result }));
});

await core.ready();
send({ ready: true });
