import type { ServerResponse } from 'node:http';
import { isCoreEventName } from '../../src-shared/contract/index.ts';
import type { Core } from '../core/index.ts';

export interface EventStreams {
  /** Keeps `response` open as a Server-Sent Events stream until the page goes away. */
  open(response: ServerResponse): void;
  close(): void;
}

/** Carries the core's events to every page of the browser shell as Server-Sent Events. */
export function createEventStreams(core: Pick<Core, 'onEvent'>): EventStreams {
  const streams = new Set<ServerResponse>();
  const stopListening = core.onEvent((name, payload) => {
    if (!isCoreEventName(name)) return;
    const message = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(message);
  });
  return {
    open(response) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      response.write(': connected\n\n');
      streams.add(response);
      response.on('close', () => streams.delete(response));
    },
    close() {
      stopListening();
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
