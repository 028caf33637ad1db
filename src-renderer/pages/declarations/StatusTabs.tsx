import { Tabs } from 'antd';
import './status-tabs.css';
import type { DeclarationCounts } from '../../../src-shared/contract/index.ts';

export type StatusTab = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'all';

const TABS: { key: StatusTab; label: string }[] = [
  { key: 'pending', label: '待审核' },
  { key: 'approved', label: '已通过' },
  { key: 'rejected', label: '已驳回' },
  { key: 'withdrawn', label: '已撤回' },
  { key: 'all', label: '全部' },
];

export interface StatusTabsProps {
  value: StatusTab;
  onChange(value: StatusTab): void;
  counts: DeclarationCounts | undefined;
}

/** The review queue's status tabs, each with the count of declarations matching the filters. */
export function StatusTabs({ value, onChange, counts }: StatusTabsProps) {
  return (
    <Tabs
      activeKey={value}
      onChange={(key) => onChange(key as StatusTab)}
      style={{ marginBottom: -8 }}
      items={TABS.map(({ key, label }) => ({
        key,
        label: (
          <span data-testid={`tab-${key}`}>
            {label}
            <span className={`status-count${key === 'pending' ? ' status-count-pending' : ''}`}>
              {counts?.[key] ?? 0}
            </span>
          </span>
        ),
      }))}
    />
  );
}
