import type { PageDefinition } from './page-definition.ts';

/** The 管理功能 screens, in the user guide's order. */
export const workPages: PageDefinition[] = [];
