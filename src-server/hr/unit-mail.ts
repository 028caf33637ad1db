import { labelOf } from '../../src-shared/domain/code-lists.ts';
import type { Row } from '../db/schema.ts';
import type { OutgoingMail } from '../mail/outbox.ts';

type Unit = Pick<Row<'units'>, 'name' | 'code' | 'hr_department_code'>;
type Admin = Pick<Row<'unit_admins'>, 'name' | 'email'>;

const SIGNATURE = '河南省专业技术人员继续教育信息管理系统';

const hrDepartmentOf = (unit: Unit) => labelOf('hrDepartments', unit.hr_department_code) ?? '同级人社部门';

/** Tells the applicant their unit may now log in, and how. */
export function unitApprovedMail(unit: Unit, admin: Admin, publicUrl: string): OutgoingMail {
  return {
    to: admin.email,
    subject: '单位注册审核通过通知',
    text: [
      `${admin.name}，您好：`,
      '',
      `贵单位“${unit.name}”（单位代码 ${unit.code}）的注册申请已由${hrDepartmentOf(unit)}审核通过。`,
      `请在登录页选择用户类型“单位”，使用单位代码、您的身份证号码和注册时设置的密码登录：${publicUrl}`,
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

/** Without this the applicant would only ever see "wrong password" and never learn why. */
export function unitRejectedMail(unit: Unit, admin: Admin, reason: string): OutgoingMail {
  return {
    to: admin.email,
    subject: '单位注册审核未通过通知',
    text: [
      `${admin.name}，您好：`,
      '',
      `贵单位“${unit.name}”（单位代码 ${unit.code}）的注册申请未通过${hrDepartmentOf(unit)}审核。`,
      `原因：${reason}`,
      '请按要求修改后重新注册。',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
