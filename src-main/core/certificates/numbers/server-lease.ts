import { z } from 'zod';
import { requestServer } from '../../accounts/server-client.ts';
import type { LeaseNumbers } from './certificate-numbering.ts';

const leaseAnswer = z.object({ prefix: z.string().min(1), first: z.number().int(), last: z.number().int() });

/** Leases blocks from the sync API: `POST <serverUrl>/sync/certificate-numbers` as the logged-in administrator. */
export function serverLease(serverUrl: string, token: string): LeaseNumbers {
  return (request) =>
    requestServer(
      serverUrl,
      { method: 'POST', path: '/sync/certificate-numbers', body: request, token },
      leaseAnswer,
    );
}
