import { Tag } from 'antd';
import { unitPermissions } from '../../../src-shared/domain/unit-permissions.ts';

/** What a sub-administrator may do, as tags in the guide's order. */
export function PermissionTags({ permissions }: { permissions: readonly string[] }) {
  const granted = unitPermissions.filter((permission) => permissions.includes(permission.code));
  if (granted.length === 0) return <Tag>无</Tag>;
  return granted.map((permission) => (
    <Tag key={permission.code} color="blue" style={{ marginBlock: 2 }}>
      {permission.label}
    </Tag>
  ));
}
