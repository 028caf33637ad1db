/*
 * ReasonDialog: asks for the reason of a rejection (驳回原因, 1–200 characters) before the call.
 *
 *   <ReasonDialog
 *     open={rejecting}
 *     title="驳回注册申请"
 *     count={selected.length}                          // shows "共 3 项"; omit for one item
 *     presets={['扫描件不清晰', '学时超出上限']}        // one click fills the reason
 *     onSubmit={(reason) => api.registrationsReject({ staffIds: selected, reason })}
 *     onClose={() => setRejecting(false)}
 *   />
 *
 * While onSubmit runs the button spins; when it resolves the dialog closes, when it throws its message
 * (or the core's `reason` field message) shows in the dialog, which stays open.
 */
import { Alert, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { messageOf } from './error-message.ts';
import { applyFieldErrors } from './form-errors.ts';

const REASON_MAX = 200;

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  count?: number;
  presets?: readonly string[];
  okText?: string;
  onSubmit(reason: string): Promise<unknown>;
  onClose(): void;
}

export function ReasonDialog({
  open,
  title,
  count,
  presets = [],
  okText = '确定驳回',
  onSubmit,
  onClose,
}: ReasonDialogProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={() => setFailure(null)}
    >
      <Form form={form} layout="vertical" clearOnDestroy>
        {count !== undefined && count > 1 && (
          <Typography.Paragraph>共 {count} 项，将使用同一驳回原因。</Typography.Paragraph>
        )}
        <Form.Item
          name="reason"
          label="驳回原因"
          rules={[
            { required: true, whitespace: true, message: '请填写驳回原因' },
            {
              validator: (_, value: string | undefined) =>
                [...(value ?? '').trim()].length > REASON_MAX
                  ? Promise.reject(new Error(`驳回原因最多 ${REASON_MAX} 字`))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input.TextArea
            rows={4}
            showCount
            maxLength={REASON_MAX}
            placeholder="将通知申请人，请写明原因"
            autoFocus
          />
        </Form.Item>
        {presets.length > 0 && (
          <Space size={[4, 8]} wrap>
            <Typography.Text type="secondary">常用原因：</Typography.Text>
            {presets.map((preset) => (
              <Tag
                key={preset}
                color="blue"
                style={{ cursor: 'pointer' }}
                onClick={() => form.setFieldsValue({ reason: preset })}
              >
                {preset}
              </Tag>
            ))}
          </Space>
        )}
        {failure && <Alert style={{ marginTop: 12 }} type="error" showIcon title={failure} />}
      </Form>
    </Modal>
  );
}
