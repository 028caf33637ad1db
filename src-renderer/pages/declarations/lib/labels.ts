import type { CeCategory } from '../../../../src-shared/domain/ce-types.ts';
import type { DeclarationRow } from '../../../../src-shared/contract/index.ts';

export const CATEGORY_LABEL: Record<CeCategory, string> = { public: '公需科目', professional: '专业科目' };

export const DECLARATION_STATUS: Record<DeclarationRow['status'], { label: string; color: string }> = {
  pending: { label: '待审核', color: 'processing' },
  approved: { label: '已通过', color: 'success' },
  rejected: { label: '已驳回', color: 'error' },
  withdrawn: { label: '已撤回', color: 'default' },
};

export const SOURCE_LABEL: Record<DeclarationRow['source'], string> = { staff: '个人申报', unit: '单位申报' };
