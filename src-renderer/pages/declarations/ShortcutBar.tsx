import { Flex, Typography } from 'antd';

const SHORTCUTS: [string, string][] = [
  ['J / ↓', '下一条'],
  ['K / ↑', '上一条'],
  ['Enter', '查看详情'],
  ['A', '通过'],
  ['R', '驳回'],
  ['X', '选中 / 取消选中'],
];

/** The review keys, always on screen so that an officer learns them while working. */
export function ShortcutBar() {
  return (
    <Flex gap={16} wrap align="center" data-testid="shortcut-bar" style={{ fontSize: 12 }}>
      <Typography.Text type="secondary">键盘审核：</Typography.Text>
      {SHORTCUTS.map(([keys, action]) => (
        <span key={keys}>
          <Typography.Text keyboard>{keys}</Typography.Text>
          <Typography.Text type="secondary"> {action}</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}
