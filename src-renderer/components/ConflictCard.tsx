import { Button, Card, Col, Descriptions, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Conflict } from '../../src-shared/contract/index.ts';
import { decidedFields, decisionLabels, describeFields } from './sync-labels.ts';

export interface ConflictCardProps {
  conflict: Conflict;
  busy: boolean;
  onRedo(): void;
  onDiscard(): void;
}

/** One conflict: what the administrator decided beside what the server has, with redo or discard. */
export function ConflictCard({ conflict, busy, onRedo, onDiscard }: ConflictCardProps) {
  const rejected = conflict.outcome === 'rejected';
  return (
    <Card
      size="small"
      data-testid="conflict-card"
      title={
        <Space>
          <Tag color={rejected ? 'red' : 'orange'}>{rejected ? '服务器拒绝' : '数据冲突'}</Tag>
          {decisionLabels[conflict.mutationName] ?? conflict.mutationName}
        </Space>
      }
      extra={
        <Typography.Text type="secondary">
          {dayjs(conflict.createdAt).format('YYYY-MM-DD HH:mm')}
        </Typography.Text>
      }
      actions={[
        <Button key="redo" type="link" disabled={rejected || busy} onClick={onRedo}>
          按我的决定重新提交
        </Button>,
        <Popconfirm key="discard" title="放弃本机的决定，以服务器数据为准？" onConfirm={onDiscard}>
          <Button type="link" danger disabled={busy}>
            放弃，以服务器为准
          </Button>
        </Popconfirm>,
      ]}
    >
      {conflict.reason && (
        <Typography.Paragraph type={rejected ? 'danger' : 'warning'}>
          原因：{conflict.reason}
        </Typography.Paragraph>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <FieldList
            title="我的决定"
            record={decidedFields(conflict.decided)}
            decision={decisionLabels[conflict.mutationName] ?? conflict.mutationName}
          />
        </Col>
        <Col span={12}>
          <FieldList title="服务器现状" record={conflict.serverRow} />
        </Col>
      </Row>
    </Card>
  );
}

interface FieldListProps {
  title: string;
  record: Record<string, unknown> | null;
  decision?: string;
}

function FieldList({ title, record, decision }: FieldListProps) {
  const fields = record ? describeFields(record) : [];
  return (
    <Descriptions size="small" column={1} title={title} bordered>
      {decision && <Descriptions.Item label="操作">{decision}</Descriptions.Item>}
      {record === null && <Descriptions.Item label="记录">服务器上已不存在</Descriptions.Item>}
      {fields.map(([label, text]) => (
        <Descriptions.Item key={label} label={label}>
          {text}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
