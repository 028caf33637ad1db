import type { CeCategory, CeType } from '../../../src-shared/domain/ce-types.ts';

/** The types a unit may declare in one category, and the flag field the category fixes, if any. */
export function typesFor(catalogue: readonly CeType[], category: CeCategory): CeType[] {
  return catalogue.filter((type) =>
    typeof type.category === 'string'
      ? type.category === category
      : type.category.whenTrue === category || type.category.whenFalse === category,
  );
}

/** The boolean field choosing the type's category (公需班), set for the page's category and not asked. */
export function fixedFields(type: CeType, category: CeCategory): Record<string, boolean> {
  if (typeof type.category === 'string') return {};
  return { [type.category.field]: type.category.whenTrue === category };
}
