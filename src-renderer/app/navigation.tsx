import type { MenuProps } from 'antd';
import type { Session } from '../../src-shared/contract/index.ts';
import { adminPages } from './admin-pages.tsx';
import type { PageDefinition } from './page-definition.ts';
import { mayUse } from './session-context.ts';
import { workPages } from './work-pages.tsx';

type MenuItem = Required<MenuProps>['items'][number];

const GROUPS = [
  { key: 'admin', label: '管理员管理', pages: adminPages },
  { key: 'work', label: '管理功能', pages: workPages },
] as const;

/** The screens this administrator may open, in menu order. */
export function pagesFor(session: Session): PageDefinition[] {
  return GROUPS.flatMap((group) => group.pages).filter(
    (page) => mayUse(session, page.permission) && (!page.mainAdminOnly || session.admin.role === 'admin'),
  );
}

/** The left menu: the user guide's two groups, 管理员管理 and 管理功能, with the screens allowed. */
export function menuItemsFor(pages: readonly PageDefinition[]): MenuItem[] {
  return GROUPS.map((group) => ({
    key: group.key,
    label: group.label,
    type: 'group' as const,
    children: pages
      .filter((page) => page.group === group.key)
      .map((page) => ({ key: page.key, label: page.label, icon: page.icon })),
  })).filter((group) => group.children.length > 0);
}
