import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { maxCharacters, required } from '../../components/validation-rules.ts';

export interface DepartmentNameDialogProps {
  open: boolean;
  title: string;
  initialName?: string;
  /** Where it goes, e.g. "上级部门：内科". */
  hint?: string;
  /** A name already used beside it, or null when free. */
  taken(name: string): boolean;
  onSubmit(name: string): Promise<unknown>;
  onClose(): void;
}

/** The name of a new or renamed department, checked as typed. */
export function DepartmentNameDialog({
  open,
  title,
  initialName = '',
  hint,
  taken,
  onSubmit,
  onClose,
}: DepartmentNameDialogProps) {
  const [form] = Form.useForm<{ name: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const { name } = await form.validateFields();
    setBusy(true);
    try {
      await onSubmit(name.trim());
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error))
        form.setFields([{ name: 'name', errors: [error instanceof Error ? error.message : '保存失败'] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText="保存"
      onOk={() => void submit().catch(() => {})}
      okButtonProps={{ loading: busy }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" clearOnDestroy initialValues={{ name: initialName }}>
        <Form.Item
          name="name"
          label="部门名称"
          extra={hint}
          rules={[
            required('请输入部门名称'),
            maxCharacters(50, '部门名称'),
            {
              validator: (_, value: string | undefined) =>
                value && value.trim() !== initialName.trim() && taken(value)
                  ? Promise.reject(new Error('同一上级下已有同名部门'))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input autoFocus onPressEnter={() => void submit().catch(() => {})} data-testid="department-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
