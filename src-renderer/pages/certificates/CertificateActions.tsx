import { EyeOutlined, FileTextOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';

export interface CertificateActionsProps {
  /** Printing, or saving as PDF. */
  printing: boolean;
  selected: number;
  matching: number;
  /** Whose certificate 预览 shows: a person's name, or null for sample data. */
  previewName: string | null;
  busy: boolean;
  onPreview(): void;
  /** Opens 证书模板. */
  onTemplate(): void;
  onRunSelected(): void;
  onRunMatching(): void;
}

/** 预览, 证书模板, and a run for the chosen people or for everyone matching the filters. */
export function CertificateActions({
  printing,
  selected,
  matching,
  previewName,
  busy,
  onPreview,
  onTemplate,
  onRunSelected,
  onRunMatching,
}: CertificateActionsProps) {
  const verb = printing ? '打印' : '保存';
  const icon = printing ? <PrinterOutlined /> : <SaveOutlined />;
  return (
    <Flex gap={8} wrap data-testid="certificate-actions">
      <Button icon={<EyeOutlined />} onClick={onPreview} data-testid="certificate-preview-button">
        {previewName ? `预览（${previewName}）` : '预览（示例数据）'}
      </Button>
      <Button
        type="primary"
        icon={icon}
        disabled={selected === 0 || busy}
        onClick={onRunSelected}
        data-testid="certificate-run-selected"
      >
        {verb}所选{selected > 0 ? `（${selected}）` : ''}
      </Button>
      <Button
        icon={icon}
        disabled={matching === 0 || busy}
        onClick={onRunMatching}
        data-testid="certificate-run-matching"
      >
        {verb}全部符合条件的人员（{matching}）
      </Button>
      <Button icon={<FileTextOutlined />} onClick={onTemplate} data-testid="certificate-template-button">
        证书模板
      </Button>
    </Flex>
  );
}
