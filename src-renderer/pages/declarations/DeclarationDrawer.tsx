/*
 * DeclarationDrawer: one declaration with its type's fields and the scan, 通过 (A) / 驳回 (R), and
 * previous/next (K / J, ↑ / ↓) through the page, so that a queue is reviewed without the mouse.
 */
import { Alert, Button, Descriptions, Divider, Space, Tag, Typography } from 'antd';
import type { DeclarationRow, ReferenceData } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { DetailDrawer, type DrawerNavigation } from '../../components/DetailDrawer.tsx';
import { useHotkeys } from '../../components/use-hotkeys.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { formatHours, formatTime } from '../../components/format.ts';
import { useCoreData } from '../../components/use-core-data.ts';
import { DeclarationFields } from './DeclarationFields.tsx';
import { CATEGORY_LABEL, DECLARATION_STATUS, SOURCE_LABEL } from './lib/labels.ts';
import { ScanViewer } from './ScanViewer.tsx';

export interface DeclarationDrawerProps {
  declarationId: string | null;
  /** The row as the list shows it, with a decision just made here (待同步). */
  row: DeclarationRow | undefined;
  reference: ReferenceData | undefined;
  navigation?: DrawerNavigation;
  /** Keys are off while a dialog above the drawer takes them. */
  keysEnabled: boolean;
  onApprove(): void;
  onReject(): void;
  onClose(): void;
}

export function DeclarationDrawer({
  declarationId,
  row,
  reference,
  navigation,
  keysEnabled,
  onApprove,
  onReject,
  onClose,
}: DeclarationDrawerProps) {
  const detail = useCoreData(
    () => (declarationId ? api.declarationsDetail({ id: declarationId }) : Promise.resolve(null)),
    declarationId ?? '',
  );
  const declaration = detail.data;
  const status = row?.status ?? declaration?.status;
  const decidable = status === 'pending';
  useHotkeys({ a: onApprove, r: onReject }, declarationId !== null && keysEnabled && decidable);
  return (
    <DetailDrawer
      open={declarationId !== null}
      title="继续教育信息详情"
      loading={detail.loading && !declaration}
      navigation={navigation}
      onClose={onClose}
      width={900}
      testId="declaration-drawer"
      actions={
        decidable && (
          <>
            <Typography.Text type="secondary">A 通过 · R 驳回 · J/K 下一条/上一条 · Esc 关闭</Typography.Text>
            <Button danger onClick={onReject} data-testid="drawer-reject">
              驳回（R）
            </Button>
            <Button type="primary" onClick={onApprove} data-testid="drawer-approve">
              通过（A）
            </Button>
          </>
        )
      }
    >
      {detail.error && <Alert type="error" showIcon title={detail.error} />}
      {declaration && status && (
        <>
          <Descriptions bordered size="small" column={2} data-testid="declaration-summary">
            <Descriptions.Item label="姓名">{declaration.staffName}</Descriptions.Item>
            <Descriptions.Item label="身份证号码">{declaration.staffIdNumber}</Descriptions.Item>
            <Descriptions.Item label="所属部门">{declaration.departmentName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="继续教育类型">{declaration.typeName}</Descriptions.Item>
            <Descriptions.Item label="名称" span={2}>
              {declaration.title}
            </Descriptions.Item>
            <Descriptions.Item label="类别">{CATEGORY_LABEL[declaration.category]}</Descriptions.Item>
            <Descriptions.Item label="计入年度">{declaration.year}</Descriptions.Item>
            <Descriptions.Item label="申报学时">{formatHours(declaration.hours)}</Descriptions.Item>
            <Descriptions.Item label="来源">{SOURCE_LABEL[declaration.source]}</Descriptions.Item>
            <Descriptions.Item label="提交时间">{formatTime(declaration.submittedAt)}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Space size={4}>
                <Tag color={DECLARATION_STATUS[status].color}>{DECLARATION_STATUS[status].label}</Tag>
                {(row?.waiting ?? declaration.waiting) && <WaitingTag />}
              </Space>
            </Descriptions.Item>
            {declaration.decidedAt && (
              <Descriptions.Item label="审核时间">{formatTime(declaration.decidedAt)}</Descriptions.Item>
            )}
            {declaration.rejectReason && (
              <Descriptions.Item label="驳回原因" span={2}>
                {declaration.rejectReason}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Divider titlePlacement="start" plain>
            {declaration.typeName} · 申报内容
          </Divider>
          <DeclarationFields
            typeCode={declaration.typeCode}
            fields={declaration.fields}
            reference={reference}
          />
          {declaration.remarks && (
            <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}>
              <Typography.Text type="secondary">备注：</Typography.Text>
              {declaration.remarks}
            </Typography.Paragraph>
          )}
          <Divider titlePlacement="start" plain>
            证明材料扫描件
          </Divider>
          {declaration.attachment ? (
            <ScanViewer
              declarationId={declaration.id}
              fileName={`${declaration.staffName}-${declaration.title}`}
            />
          ) : (
            <Typography.Text type="secondary">未上传扫描件</Typography.Text>
          )}
        </>
      )}
    </DetailDrawer>
  );
}
