/*
 * ShortcutBar: the review keys (see useReviewKeys), always on screen so that an officer learns them
 * while working.
 */
import { Flex, Typography } from 'antd';
import { REVIEW_SHORTCUTS } from './use-review-keys.ts';

const KEY_LABELS: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑' };

const keyLabel = (key: string) => KEY_LABELS[key] ?? (key.length === 1 ? key.toUpperCase() : key);

export function ShortcutBar() {
  return (
    <Flex gap={16} wrap align="center" data-testid="shortcut-bar" style={{ fontSize: 12 }}>
      <Typography.Text type="secondary">键盘审核：</Typography.Text>
      {REVIEW_SHORTCUTS.map(({ keys, label }) => (
        <span key={label}>
          <Typography.Text keyboard>{keys.map(keyLabel).join(' / ')}</Typography.Text>
          <Typography.Text type="secondary"> {label}</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}
