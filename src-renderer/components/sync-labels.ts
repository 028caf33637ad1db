/**
 * Chinese words for what the sync engine reports: decisions (mutations), the columns of the server's
 * rows and the values they hold, for the status bar and the conflicts panel.
 */
import { unitPermissions } from '../../src-shared/domain/unit-permissions.ts';

export const decisionLabels: Record<string, string> = {
  'registrations.approve': '通过注册申请',
  'registrations.reject': '驳回注册申请',
  'declarations.approve': '通过继续教育申报',
  'declarations.reject': '驳回继续教育申报',
  'departments.create': '新增部门',
  'departments.rename': '部门改名',
  'departments.move': '移动部门',
  'departments.delete': '删除部门',
  'staff.transfer': '调动部门',
  'staff.markLeft': '标记离职',
  'staff.resetPassword': '重置密码',
  'unitDeclarations.create': '单位申报继续教育',
  'unit.update': '修改单位信息',
  'subAdmins.create': '新增管理人员',
  'subAdmins.update': '修改管理人员',
  'subAdmins.delete': '删除管理人员',
  'certificates.record': '打印证书',
};

/** Fields of decisions (camelCase) and of server rows (snake_case) worth showing, in this order. */
export const fieldLabels: Record<string, string> = {
  name: '名称',
  title: '标题',
  status: '状态',
  reason: '原因',
  reject_reason: '驳回原因',
  permissions: '权限',
  hours: '学时',
  year: '年度',
  phone: '手机号码',
  email: '电子邮箱',
  address: '地址',
  contact_name: '联系人',
  contact_phone: '联系电话',
  competent_department: '行业主管部门',
  changes: '修改内容',
  items: '涉及条数',
  decided_at: '处理时间',
  decided_by: '处理人',
};

const statusLabels: Record<string, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
  withdrawn: '已撤回',
  left: '已离职',
  active: '启用',
  disabled: '停用',
};

const permissionLabels = new Map<string, string>(unitPermissions.map((p) => [p.code, p.label]));

function permissionsText(value: unknown): string {
  const codes: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(codes)) return String(value);
  return codes.length === 0
    ? '无'
    : codes.map((code) => permissionLabels.get(String(code)) ?? code).join('、');
}

/** One field's value as text: statuses and permissions in words, batches as a count. */
export function fieldText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status') return statusLabels[String(value)] ?? String(value);
  if (field === 'permissions') return permissionsText(value);
  if (field === 'items' && Array.isArray(value)) return `${value.length} 条`;
  if (field === 'changes' && typeof value === 'object')
    return Object.entries(value)
      .map(([key, change]) => `${fieldLabels[key] ?? key}：${String(change)}`)
      .join('；');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the administrator decided, as fields: the engine records `{ name: <decision>, args, baseVersion }`
 * for a whole decision and `{ name, …shared arguments, item }` for one row of a batch.
 */
export function decidedFields(decided: Record<string, unknown>): Record<string, unknown> {
  const { name: _decision, args, baseVersion: _version, ...rest } = decided;
  return { ...rest, ...(isRecord(args) ? args : {}) };
}

/** The fields of a record that have a label, as [label, text] pairs. */
export function describeFields(record: Record<string, unknown>): [string, string][] {
  return Object.keys(fieldLabels)
    .filter((field) => field in record)
    .map((field) => [fieldLabels[field]!, fieldText(field, record[field])]);
}
