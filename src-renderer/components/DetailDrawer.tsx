/*
 * DetailDrawer: the right-hand panel with one row's details, and previous/next for review queues.
 *
 *   <DetailDrawer
 *     open={openId !== null}
 *     title="继续教育信息详情"
 *     loading={detail === null}
 *     navigation={{ position: index + 1, count: rows.length, onPrevious, onNext }}
 *     actions={<><Button danger>驳回</Button><Button type="primary">通过</Button></>}
 *     onClose={() => setOpenId(null)}
 *   >
 *     <Descriptions … />
 *   </DetailDrawer>
 *
 * With `navigation`, ↑ or K opens the previous row and ↓ or J the next (see useHotkeys); Esc closes.
 */
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Drawer, Skeleton, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useHotkeys } from './use-hotkeys.ts';

export interface DrawerNavigation {
  /** One-based position of the row shown, among `count`. */
  position: number;
  count: number;
  onPrevious(): void;
  onNext(): void;
}

export interface DetailDrawerProps {
  open: boolean;
  title: ReactNode;
  onClose(): void;
  loading?: boolean;
  navigation?: DrawerNavigation;
  /** Buttons in the footer, on the right. */
  actions?: ReactNode;
  width?: number;
  children?: ReactNode;
  testId?: string;
}

export function DetailDrawer({
  open,
  title,
  onClose,
  loading = false,
  navigation,
  actions,
  width = 720,
  children,
  testId,
}: DetailDrawerProps) {
  const previous = () => navigation && navigation.position > 1 && navigation.onPrevious();
  const next = () => navigation && navigation.position < navigation.count && navigation.onNext();
  useHotkeys({ k: previous, ArrowUp: previous, j: next, ArrowDown: next }, open && navigation !== undefined);
  return (
    <Drawer
      open={open}
      title={title}
      size={width}
      onClose={onClose}
      destroyOnHidden
      extra={navigation && <NavigationButtons navigation={navigation} />}
      footer={actions && <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>{actions}</Space>}
      data-testid={testId}
    >
      {loading ? <Skeleton active paragraph={{ rows: 8 }} /> : children}
    </Drawer>
  );
}

function NavigationButtons({ navigation }: { navigation: DrawerNavigation }) {
  const { position, count, onPrevious, onNext } = navigation;
  return (
    <Space>
      <Typography.Text type="secondary">
        {position} / {count}
      </Typography.Text>
      <Tooltip title="上一条（↑ 或 K）">
        <Button icon={<UpOutlined />} disabled={position <= 1} onClick={onPrevious} aria-label="上一条" />
      </Tooltip>
      <Tooltip title="下一条（↓ 或 J）">
        <Button icon={<DownOutlined />} disabled={position >= count} onClick={onNext} aria-label="下一条" />
      </Tooltip>
    </Space>
  );
}
