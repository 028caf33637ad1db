import type { UnitRegistered, UnitRegistrationInput } from '../../../src-shared/contract/index.ts';
import { unitRegisteredSchema } from '../../../src-shared/contract/index.ts';
import { requestServer } from './server-client.ts';

/**
 * The sync API's public unit registration (`POST /registrations/units`, docs/sync-protocol.md): a
 * multipart form with the three steps as JSON in `data` and the scan as the file `scan`.
 */
export function registerUnitOnline(serverUrl: string, input: UnitRegistrationInput): Promise<UnitRegistered> {
  const { scan, ...data } = input;
  const form = new FormData();
  form.append('data', JSON.stringify(data));
  form.append('scan', new Blob([Buffer.from(scan.contentBase64, 'base64')]), scan.fileName);
  return requestServer(
    serverUrl,
    { method: 'POST', path: '/registrations/units', body: form },
    unitRegisteredSchema,
  );
}
