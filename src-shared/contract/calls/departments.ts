import { z } from 'zod';
import { departmentTreeSchema } from '../queries.ts';
import { creationSchema, decisionSchema, noArguments, uuidSchema } from './common.ts';

const name = z
  .string({ error: '请输入部门名称' })
  .trim()
  .min(1, '请输入部门名称')
  .max(50, '部门名称最多 50 字');
/** null places the department at the top level. */
const parentId = uuidSchema.nullable();

export const departmentCalls = {
  /** 组织机构管理: the tree with approved staff per node. */
  departmentsTree: { input: noArguments, output: departmentTreeSchema },
  departmentsCreate: { input: z.object({ parentId, name }).strict(), output: creationSchema },
  departmentsRename: { input: z.object({ departmentId: uuidSchema, name }).strict(), output: decisionSchema },
  /** Refused into its own subtree. */
  departmentsMove: {
    input: z.object({ departmentId: uuidSchema, parentId }).strict(),
    output: decisionSchema,
  },
  /** Refused while staff or child departments remain. */
  departmentsDelete: { input: z.object({ departmentId: uuidSchema }).strict(), output: decisionSchema },
} as const;
