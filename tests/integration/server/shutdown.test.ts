// The server's close: it waits for answers in flight, not for connections that clients keep open.
import { once } from 'node:events';
import { connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startTestServer, testDialects } from '../../support/test-server.ts';

describe.each(testDialects)('closing the server on %s', (dialect) => {
  it('ends a connection that turns idle after the close began, instead of waiting for it', async () => {
    const server = await startTestServer(dialect);
    const { hostname, port } = new URL(server.baseUrl);
    const socket = connect(Number(port), hostname);
    try {
      await once(socket, 'connect');
      // A form refused at its first byte (no boundary) is answered while its body is still arriving.
      const body = Buffer.alloc(64 * 1024, 'x');
      socket.write(
        `POST /api/v1/registrations/units HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
          `Content-Type: multipart/form-data\r\nContent-Length: ${body.length}\r\n\r\n`,
      );
      socket.write(body.subarray(0, 1024));
      const [answer] = (await once(socket, 'data')) as [Buffer];
      expect(answer.toString('latin1')).toMatch(/^HTTP\/1\.1 400 /);

      const closed = server.app.close().then(() => 'closed');
      // The rest of the body: the connection is now idle, kept alive by the client.
      socket.write(body.subarray(1024));
      const waited = delay(10_000, 'still open', { ref: false });
      expect(await Promise.race([closed, waited])).toBe('closed');
      await once(socket, 'close');
    } finally {
      socket.destroy();
      await server.close();
    }
  });
});
