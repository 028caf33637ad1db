import { decideBatch } from './batch-decision.ts';
import { batchOutcome } from './outcomes.ts';
import type { MutationArgsOf, MutationContext, MutationHandlers } from './types.ts';

type DeclarationItems = MutationArgsOf<'declarations.approve'>['items'];

function decideDeclarations(
  context: MutationContext,
  items: DeclarationItems,
  decision: { status: 'approved' | 'rejected'; reason: string | null },
) {
  return decideBatch(context, {
    table: 'declarations',
    items: items.map((item) => ({ id: item.declarationId, version: item.version })),
    fromStatus: 'pending',
    wrongStatusReason: '该申报已不是待审核状态',
    notFoundReason: '本单位没有该申报',
    changes: {
      status: decision.status,
      reject_reason: decision.reason,
      decided_at: context.now.toISOString(),
      decided_by: context.caller.adminId,
    },
  });
}

export const declarationMutations: MutationHandlers<'declarations.approve' | 'declarations.reject'> = {
  'declarations.approve': {
    permission: 'declarations',
    async apply(context, { items }) {
      const { items: results } = await decideDeclarations(context, items, {
        status: 'approved',
        reason: null,
      });
      return batchOutcome('declarations', results);
    },
  },
  'declarations.reject': {
    permission: 'declarations',
    async apply(context, { items, reason }) {
      const { items: results } = await decideDeclarations(context, items, { status: 'rejected', reason });
      return batchOutcome('declarations', results, { reason });
    },
  },
};
