import { applyPullPage } from '../../../../../src-main/core/cache/apply-pull-page.ts';
import type { Cache } from '../../../../../src-main/core/cache/open-cache.ts';
import {
  ceTypeRow,
  declarationRow,
  departmentRow,
  pageOf,
  requirementRow,
  staffRow,
} from '../../cache/support/pages.ts';

/**
 * A unit small enough to know every answer by hand. 2025 requires 100 hours, 30 公需 and 60 专业;
 * 2023's rule (90 / 24 / 60) stays in force for 2024; 2022 has no rule.
 */
export function loadSmallUnit(cache: Cache): void {
  let id = 0;
  const declaration = (
    staffId: string,
    year: number,
    category: 'public' | 'professional',
    hours: number,
    status = 'approved',
    fields = {},
  ) =>
    declarationRow(`x${++id}`, staffId, {
      year,
      category,
      hours,
      status,
      type_code: category === 'public' ? 'public_course' : 'training',
      submitted_at: `${year}-03-${String(id).padStart(2, '0')}T00:00:00.000Z`,
      ...fields,
    });
  applyPullPage(
    cache,
    pageOf({
      ce_types: [ceTypeRow('training', '培训、研修、进修'), ceTypeRow('public_course', '公需科目')],
      hour_requirements: [requirementRow(2023), requirementRow(2025, 100, 30, 60)],
      departments: [
        departmentRow('A', null, '行政部', 1),
        departmentRow('A1', 'A', '人事科', 2),
        departmentRow('A2', 'A', '财务科', 1),
        departmentRow('B', null, '医务部', 0),
        departmentRow('B1', 'B', '内科', 0),
        departmentRow('B1a', 'B1', '心内组', 0),
      ],
      staff: [
        staffRow('s1', { name: '王𠮷', id_number: '410101199001011234', department_id: 'A1' }),
        staffRow('s2', { name: '𠮷祥明', id_number: '41010119850505123X', department_id: 'B1a' }),
        staffRow('s3', { name: '李', id_number: '410101197003030011', department_id: 'B' }),
        staffRow('s4', { name: '欧阳小红', id_number: '410101198804040022', department_id: 'A' }),
        staffRow('s5', {
          name: '张三',
          id_number: '410101199505050033',
          department_id: 'A2',
          status: 'pending',
        }),
        staffRow('s6', { name: '赵四', id_number: '410101199606060044', department_id: null }),
        staffRow('s7', {
          name: '钱五',
          id_number: '410101199707070055',
          department_id: 'B1',
          status: 'left',
        }),
      ],
      declarations: [
        declaration('s1', 2025, 'public', 30, 'approved', {
          fields: '{"courseName":"法治教育","completedHours":30}',
          attachment_id: 'att-1',
          attachment_media_type: 'application/pdf',
          attachment_size: 123_456,
          remarks: '线上学习𠮷',
        }),
        declaration('s1', 2025, 'professional', 40),
        declaration('s1', 2025, 'professional', 30),
        declaration('s1', 2025, 'professional', 50, 'pending'),
        declaration('s1', 2025, 'professional', 20, 'rejected'),
        declaration('s2', 2025, 'public', 40),
        declaration('s2', 2025, 'professional', 50),
        declaration('s3', 2025, 'public', 10),
        declaration('s3', 2025, 'professional', 95),
        declaration('s6', 2025, 'public', 30),
        declaration('s6', 2025, 'professional', 60),
        declaration('s6', 2024, 'professional', 100),
        declaration('s7', 2025, 'professional', 100),
        declaration('s1', 2022, 'professional', 100),
        declaration('s1', 2024, 'public', 24),
        declaration('s1', 2024, 'professional', 66),
      ],
    }),
  );
}
