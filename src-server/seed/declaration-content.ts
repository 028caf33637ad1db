import { ceTypeByCode, type CeCategory, type CeTypeCode } from '../../src-shared/domain/ce-types.ts';
import { checkDeclaration, ruleHours, type FieldValue } from '../../src-shared/domain/declaration-rules.ts';
import { fieldGenerators } from './declaration-fields.ts';
import type { Prng } from './prng.ts';
import { CURRENT_YEAR } from './seed-calendar.ts';
import type { SectorProfile } from './sector-profiles.ts';

/** What a declaration says, checked against its type's rule: ready to be written for anyone. */
export interface DeclarationContent {
  typeCode: string;
  category: CeCategory;
  year: number;
  title: string;
  hours: number;
  /** The normalised fields as the JSON the table stores. */
  fields: string;
  remarks: string;
}

export interface DraftDeclaration {
  typeCode: CeTypeCode;
  year: number;
  title: string;
  fields: Record<string, FieldValue>;
  remarks: string;
}

const REMARKS = [
  '附件为结业证书扫描件',
  '原件已交单位人事部门核验',
  '多份材料已合并为一个文件',
  '学时以主办单位出具的证明为准',
];

/**
 * Claims the most hours the rule allows and checks the declaration as the server would. The seed must
 * never write what the rules reject, so a failure here is a bug in the seed and stops it.
 */
export function checkedContent(draft: DraftDeclaration): DeclarationContent {
  const type = ceTypeByCode(draft.typeCode);
  if (!type) throw new Error(`Seed bug: unknown CE type ${draft.typeCode}`);
  const hours = ruleHours(type, draft.fields);
  const check = checkDeclaration({ ...draft, hours }, { currentYear: CURRENT_YEAR });
  if (!check.ok) {
    const problems = check.errors.map((error) => `${error.field}: ${error.message}`).join('; ');
    throw new Error(
      `Seed bug: a ${draft.typeCode} declaration for ${draft.year} breaks the rules (${problems})`,
    );
  }
  const { value } = check;
  return {
    typeCode: value.typeCode,
    category: value.category,
    year: value.year,
    title: draft.title,
    hours: value.hours,
    fields: JSON.stringify(value.fields),
    remarks: value.remarks,
  };
}

/** A random, valid declaration of a type for a year, in the words of the unit's field. */
export function randomContent(
  rng: Prng,
  typeCode: CeTypeCode,
  year: number,
  profile: SectorProfile,
): DeclarationContent {
  const { title, fields } = fieldGenerators[typeCode](rng, year, profile);
  const remarks = rng.chance(0.15) ? rng.pick(REMARKS) : '';
  return checkedContent({ typeCode, year, title, fields, remarks });
}
