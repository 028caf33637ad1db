import { z } from 'zod';
import type { ProfileUpdateInput } from '../../../src-shared/contract/index.ts';
import { requestServer } from './server-client.ts';

const ownProfileAnswer = z.object({
  profile: z.object({
    id: z.string(),
    name: z.string(),
    phone: z.string(),
    email: z.string(),
    version: z.number().int(),
  }),
});
export type OwnProfileAnswer = z.infer<typeof ownProfileAnswer>['profile'];

/** `PUT /admin/profile`: the administrator's own contact details, as the server saved them. */
export async function updateProfileOnline(
  serverUrl: string,
  token: string,
  changes: Pick<ProfileUpdateInput, 'phone' | 'email'>,
): Promise<OwnProfileAnswer> {
  const answer = await requestServer(
    serverUrl,
    { method: 'PUT', path: '/admin/profile', body: changes, token },
    ownProfileAnswer,
  );
  return answer.profile;
}
