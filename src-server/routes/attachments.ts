import { z } from 'zod';
import { requireCaller } from '../auth/caller.ts';
import { notFound, parseInput } from '../http/http-error.ts';
import { mayReadAttachment } from '../sync/attachment-access.ts';
import type { RouteModule } from './route-module.ts';

const paramsSchema = z.object({ id: z.string().min(1).max(64) }).strict();

export const attachmentRoutes: RouteModule = (app, context) => {
  // Scans and proofs are JPG/PNG/PDF/ZIP: compressed already, and sent with their exact length.
  app.get('/attachments/:id', { compress: false }, async (request, reply) => {
    const caller = requireCaller(request, 'staff', 'unit_admin', 'hr_admin');
    const { id } = parseInput(paramsSchema, request.params);
    // Someone else's attachment is answered as if it did not exist.
    if (!(await mayReadAttachment(context, caller, id))) throw notFound('附件不存在');
    const file = await context.db
      .selectFrom('attachments')
      .select(['media_type', 'size', 'file_name', 'content'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!file) throw notFound('附件不存在');
    return reply
      .type(file.media_type)
      .header('content-length', file.size)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
      .header('cache-control', 'private, max-age=86400')
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(file.content));
  });
};
