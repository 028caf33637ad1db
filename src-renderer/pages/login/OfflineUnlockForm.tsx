import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { AccountSummary, UnlockInput } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { useSessionContext } from '../../app/session-context.ts';
import { messageOf } from '../../components/error-message.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';

/** 离线登录: opens an account that logged in on this PC before, checked against its local password. */
export function OfflineUnlockForm() {
  const { opened } = useSessionContext();
  const [form] = Form.useForm<UnlockInput>();
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    api.accountsList().then(
      (known) => {
        setAccounts(known);
        if (known[0]) form.setFieldValue('accountId', known[0].accountId);
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, [form]);

  const submit = async (values: UnlockInput) => {
    setBusy(true);
    setProblem(null);
    try {
      opened(await api.sessionUnlock(values));
    } catch (error) {
      if (!applyFieldErrors(form, error)) setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  if (accounts !== null && accounts.length === 0)
    return <Empty description="本机还没有在线登录过的账户，请先联网登录一次" />;
  return (
    <Form form={form} size="large" onFinish={submit} data-testid="offline-form">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="离线时可打开本机登录过的账户，所做的操作在联网后同步到服务器。"
      />
      <Form.Item name="accountId" rules={[{ required: true, message: '请选择账户' }]}>
        <Select
          loading={accounts === null}
          placeholder="选择本机登录过的账户"
          options={(accounts ?? []).map((account) => ({
            value: account.accountId,
            label: `${account.unitName} · ${account.adminName}（${account.idNumber}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" />
      </Form.Item>
      {problem && (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="login-error" />
      )}
      <Button type="primary" htmlType="submit" block loading={busy}>
        离线登录
      </Button>
    </Form>
  );
}
