import { App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import type { PasswordChangeInput } from '../../../src-shared/contract/index.ts';
import { api, ApiError } from '../../api.ts';
import { messageOf } from '../../components/error-message.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { newPasswordRule } from '../../components/validation-rules.ts';

type Values = PasswordChangeInput & { confirmPassword: string };

/** 修改密码: the old password first, as the user guide requires; needs the server. */
export function PasswordPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ oldPassword, newPassword }: Values) => {
    setBusy(true);
    try {
      await api.passwordChange({ oldPassword, newPassword });
      message.success('密码已修改，下次登录请使用新密码');
      form.resetFields();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'WRONG_PASSWORD')
        form.setFields([{ name: 'oldPassword', errors: ['原密码错误'] }]);
      else if (!applyFieldErrors(form, error)) message.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title="修改密码" description="修改密码需要联网，并先录入原密码" />
      <Card style={{ maxWidth: 560 }}>
        <Form form={form} layout="vertical" onFinish={submit} data-testid="password-form">
          <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label="新密码"
            dependencies={['oldPassword']}
            extra="8 到 64 位，须同时包含字母和数字"
            rules={[
              { required: true, message: '请输入新密码' },
              newPasswordRule,
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  value && value === getFieldValue('oldPassword')
                    ? Promise.reject(new Error('新密码不能与原密码相同'))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label="确认新密码"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error('两次输入的新密码不一致')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            确认修改
          </Button>
        </Form>
      </Card>
    </>
  );
}
