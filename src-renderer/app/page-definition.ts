import type { ComponentType, ReactNode } from 'react';

/** One screen of the left menu: the user guide's groups 管理员管理 (admin) and 管理功能 (work). */
export interface PageDefinition {
  /** URL path segment and menu key, e.g. 'declarations'. */
  key: string;
  label: string;
  group: 'admin' | 'work';
  icon: ReactNode;
  component: ComponentType;
  /** The unit permission a sub-administrator needs to see it; main administrators see everything. */
  permission?: string;
  /** Only the unit's main administrator sees it (e.g. 管理人员管理). */
  mainAdminOnly?: boolean;
}
