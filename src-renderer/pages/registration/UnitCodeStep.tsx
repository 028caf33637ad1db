import { InboxOutlined } from '@ant-design/icons';
import { Form, Input, Typography, Upload } from 'antd';
import { checkUnitCode } from '../../../src-shared/domain/unit-code.ts';
import { required, unitCodeRule } from '../../components/validation-rules.ts';

const SCAN_MAX_BYTES = 10 * 1024 * 1024;
const SCAN_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];

export interface UnitCodeStepProps {
  scan: File | null;
  scanError: string | null;
  onScan(file: File | null, problem: string | null): void;
}

/** Step 1: the organisation code (or unified social credit code) and the scan of its certificate. */
export function UnitCodeStep({ scan, scanError, onScan }: UnitCodeStepProps) {
  return (
    <>
      <Form.Item
        name="code"
        label="组织机构代码"
        rules={[required('请输入组织机构代码或统一社会信用代码'), unitCodeRule]}
        extra="可填写 18 位统一社会信用代码或 9 位组织机构代码"
        normalize={(value: string) => value.toUpperCase()}
      >
        <Input placeholder="例如 12410100MB0000000X" maxLength={20} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.code !== b.code}>
        {({ getFieldValue }) => {
          const check = checkUnitCode(String(getFieldValue('code') ?? ''));
          return check.ok ? (
            <Form.Item label="代码类型">
              <Typography.Text>
                {check.kind === 'socialCreditCode' ? '统一社会信用代码' : '组织机构代码'}
              </Typography.Text>
            </Form.Item>
          ) : null;
        }}
      </Form.Item>
      <Form.Item
        label="代码证扫描件"
        required
        validateStatus={scanError ? 'error' : undefined}
        help={scanError ?? '组织机构代码证或营业执照的扫描件，JPG、PNG 或 PDF，不超过 10 MB'}
      >
        <Upload.Dragger
          accept=".jpg,.jpeg,.png,.pdf"
          maxCount={1}
          fileList={scan ? [{ uid: 'scan', name: scan.name, status: 'done', size: scan.size }] : []}
          beforeUpload={(file) => {
            if (!SCAN_TYPES.includes(file.type)) onScan(null, '只能上传 JPG、PNG 或 PDF 文件');
            else if (file.size > SCAN_MAX_BYTES) onScan(null, '扫描件不能超过 10 MB');
            else onScan(file, null);
            return false;
          }}
          onRemove={() => onScan(null, null)}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖动文件到此处上传</p>
        </Upload.Dragger>
      </Form.Item>
    </>
  );
}
