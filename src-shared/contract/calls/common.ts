import { z } from 'zod';
import { BATCH_MAX_ITEMS } from '../sync.ts';

/** A call that takes no arguments still rejects unexpected ones. */
export const noArguments = z.object({}).strict().optional();

/** The answer of a call that has nothing to say but "done". */
export const doneSchema = z.null();

export const rowId = z.string().min(1, '不能为空').max(64);
export const uuidSchema = z.uuid('编号格式无效');
export const year = z.number().int().min(2000).max(2100);

/** Rows chosen for a batch decision; at most one batch's worth. */
export const rowIds = z
  .array(rowId)
  .min(1, '请至少选择一项')
  .max(BATCH_MAX_ITEMS, `一次最多 ${BATCH_MAX_ITEMS} 项`);

/** The reason of a rejection, shown to the person concerned. */
export const reasonSchema = z.string().trim().min(1, '请填写原因').max(200, '原因最多 200 字');

/**
 * What a local decision answers once it is applied to the cache and queued for the server (待同步):
 * its outbox entries (a large batch takes several; none when nothing was left to decide), how many
 * rows it changed, and the chosen rows it left alone with the reason (e.g. no longer pending).
 */
export const decisionSchema = z.object({
  mutationIds: z.array(z.number().int()),
  applied: z.number().int(),
  skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
});
export type Decision = z.infer<typeof decisionSchema>;

/** A decision that creates a row: its id, made on this PC. */
export const creationSchema = decisionSchema.extend({ id: z.string() });
export type Creation = z.infer<typeof creationSchema>;
