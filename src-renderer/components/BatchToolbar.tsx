/*
 * BatchToolbar: the bar above a list with checkbox selection: its filters on the left, and on the right
 * the actions on the checked rows, each telling how many it will act on and off while none is checked.
 *
 *   <PagedTable
 *     selection={{ keys: selected, onChange: setSelected }}
 *     toolbar={
 *       <BatchToolbar
 *         filters={<StaffFilters … />}
 *         selected={selected}
 *         actions={[{ label: '调动部门', icon: <SwapOutlined />, onClick: setTransferring }]}
 *       />
 *     }
 *   />
 */
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';

export interface BatchAction {
  label: string;
  icon: ReactNode;
  /** Called with the checked rows' keys. */
  onClick(keys: string[]): void;
  primary?: boolean;
  danger?: boolean;
  testId?: string;
}

export interface BatchToolbarProps {
  filters: ReactNode;
  selected: string[];
  actions: BatchAction[];
}

export function BatchToolbar({ filters, selected, actions }: BatchToolbarProps) {
  const count = selected.length > 0 ? `（${selected.length}）` : '';
  return (
    <Flex justify="space-between" wrap gap={8}>
      {filters}
      <Flex gap={8}>
        {actions.map((action) => (
          <Button
            key={action.label}
            icon={action.icon}
            type={action.primary ? 'primary' : undefined}
            danger={action.danger}
            disabled={selected.length === 0}
            onClick={() => action.onClick(selected)}
            data-testid={action.testId}
          >
            {action.label}
            {count}
          </Button>
        ))}
      </Flex>
    </Flex>
  );
}
