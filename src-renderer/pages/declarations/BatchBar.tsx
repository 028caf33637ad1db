import { CheckOutlined, CloseOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex } from 'antd';

export interface BatchBarProps {
  selected: number;
  /** Pending declarations matching the filters. */
  matching: number;
  onApproveSelected(): void;
  onRejectSelected(): void;
  onApproveMatching(): void;
  onRejectMatching(): void;
}

/** Decisions over the chosen rows, or over every pending declaration matching the filters. */
export function BatchBar({
  selected,
  matching,
  onApproveSelected,
  onRejectSelected,
  onApproveMatching,
  onRejectMatching,
}: BatchBarProps) {
  const suffix = selected > 0 ? `（${selected}）` : '';
  return (
    <Flex gap={8}>
      <Button
        type="primary"
        icon={<CheckOutlined />}
        disabled={selected === 0}
        onClick={onApproveSelected}
        data-testid="approve-selected"
      >
        通过所选{suffix}
      </Button>
      <Button
        danger
        icon={<CloseOutlined />}
        disabled={selected === 0}
        onClick={onRejectSelected}
        data-testid="reject-selected"
      >
        驳回所选{suffix}
      </Button>
      <Dropdown
        disabled={matching === 0}
        menu={{
          items: [
            {
              key: 'approve',
              label: `全部通过（符合筛选条件的 ${matching} 条待审核）`,
              onClick: onApproveMatching,
            },
            {
              key: 'reject',
              label: `全部驳回（符合筛选条件的 ${matching} 条待审核）`,
              danger: true,
              onClick: onRejectMatching,
            },
          ],
        }}
      >
        <Button data-testid="batch-matching">
          按筛选条件批量处理 <DownOutlined />
        </Button>
      </Dropdown>
    </Flex>
  );
}
