/*
 * CertificateOutputPanel: where this run's certificates go. A printer (from the system's list, the
 * settings' printer first) with copies, or PDFs saved to a folder; and the paper, which starts as the
 * settings say and may be changed for this run only.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Radio, Segmented, Select, Space, Tag, Tooltip } from 'antd';
import { paperSizes, type Printer } from '../../../src-shared/contract/index.ts';
import { OUTPUT_MODES, type OutputChoice } from './certificate-output.ts';

export interface CertificateOutputPanelProps {
  value: OutputChoice;
  onChange(value: OutputChoice): void;
  printers: Printer[];
  printersLoading: boolean;
  printersError: string | null;
  onReloadPrinters(): void;
  year: number;
  disabled?: boolean;
}

const ORIENTATIONS = [
  { value: 'landscape', label: '横向' },
  { value: 'portrait', label: '纵向' },
];

function printerLabel(printer: Printer) {
  return (
    <Space size={4}>
      {printer.name}
      {printer.isDefault && <Tag color="blue">系统默认</Tag>}
      {!printer.ready && <Tag color="warning">暂停或不接受任务</Tag>}
    </Space>
  );
}

export function CertificateOutputPanel({
  value,
  onChange,
  printers,
  printersLoading,
  printersError,
  onReloadPrinters,
  year,
  disabled,
}: CertificateOutputPanelProps) {
  const set = (change: Partial<OutputChoice>) => onChange({ ...value, ...change });
  const printing = value.mode === 'print';
  return (
    <Card size="small" title="打印设置" style={{ marginBottom: 16 }} data-testid="certificate-output">
      <Form layout="vertical" size="small" disabled={disabled} requiredMark={false}>
        <Form.Item label="输出方式" style={{ marginBottom: 12 }}>
          <Radio.Group
            value={value.mode}
            onChange={(event) => set({ mode: event.target.value as OutputChoice['mode'] })}
            options={OUTPUT_MODES.map((mode) => ({ ...mode }))}
            data-testid="output-mode"
          />
        </Form.Item>
        {printing ? (
          <Space align="start" wrap>
            <Form.Item
              label="打印机"
              style={{ marginBottom: 12 }}
              validateStatus={printersError ? 'error' : undefined}
              help={printersError ?? (printers.length === 0 && !printersLoading ? '未找到打印机' : undefined)}
            >
              <Space.Compact>
                <Select
                  style={{ width: 260 }}
                  value={value.printer}
                  onChange={(printer: string) => set({ printer })}
                  loading={printersLoading}
                  placeholder="系统默认打印机"
                  options={printers.map((printer) => ({ value: printer.name, label: printerLabel(printer) }))}
                  data-testid="printer-select"
                />
                <Tooltip title="重新查找打印机">
                  <Button icon={<ReloadOutlined />} onClick={onReloadPrinters} aria-label="重新查找打印机" />
                </Tooltip>
              </Space.Compact>
            </Form.Item>
            <Form.Item label="份数" style={{ marginBottom: 12 }}>
              <InputNumber
                min={1}
                max={99}
                precision={0}
                value={value.copies}
                onChange={(copies) => set({ copies: copies ?? 1 })}
                data-testid="copies"
              />
            </Form.Item>
          </Space>
        ) : (
          <Form.Item
            label="保存到文件夹"
            style={{ marginBottom: 12 }}
            extra={`留空则保存到本机用户数据文件夹下的 certificates/${year}；也可输入完整路径，如 D:\\证书\\${year}`}
          >
            <Input
              value={value.directory}
              onChange={(event) => set({ directory: event.target.value })}
              placeholder={`默认：用户数据文件夹/certificates/${year}`}
              allowClear
              data-testid="pdf-directory"
            />
          </Form.Item>
        )}
        <Space align="start" wrap>
          <Form.Item label="纸张" style={{ marginBottom: 0 }}>
            <Select
              style={{ width: 100 }}
              value={value.paperSize}
              onChange={(paperSize: OutputChoice['paperSize']) => set({ paperSize })}
              options={paperSizes.map((size) => ({ value: size, label: size }))}
              data-testid="paper-size"
            />
          </Form.Item>
          <Form.Item label="方向" style={{ marginBottom: 0 }}>
            <Segmented
              value={value.orientation}
              onChange={(orientation) => set({ orientation: orientation as OutputChoice['orientation'] })}
              options={ORIENTATIONS}
              disabled={disabled}
            />
          </Form.Item>
        </Space>
      </Form>
    </Card>
  );
}
