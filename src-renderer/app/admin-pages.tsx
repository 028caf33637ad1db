import type { PageDefinition } from './page-definition.ts';

/** The 管理员管理 screens, in the user guide's order. */
export const adminPages: PageDefinition[] = [];
