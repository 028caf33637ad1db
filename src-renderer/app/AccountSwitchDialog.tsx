import { App, Button, Empty, Flex, Form, Input, Modal, Radio, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { AccountSummary, Session } from '../../src-shared/contract/index.ts';
import { api } from '../api.ts';
import { messageOf } from '../components/error-message.ts';
import { applyFieldErrors } from '../components/form-errors.ts';
import { required } from '../components/validation-rules.ts';
import { useSessionContext } from './session-context.ts';

export interface AccountSwitchDialogProps {
  open: boolean;
  current: Session;
  onClose(): void;
}

/** 切换账户: opens another account used on this PC with its password (works offline too). */
export function AccountSwitchDialog({ open, current, onClose }: AccountSwitchDialogProps) {
  const { message } = App.useApp();
  const { opened, logOut } = useSessionContext();
  const [form] = Form.useForm<{ accountId: string; password: string }>();
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    api.accountsList().then(
      (all) => setAccounts(all.filter((account) => account.accountId !== current.accountId)),
      (error: unknown) => message.error(messageOf(error)),
    );
  }, [open, current.accountId, message]);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      opened(await api.sessionUnlock(values));
      message.success('已切换账户');
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) form.setFields([{ name: 'password', errors: [messageOf(error)] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="切换账户"
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={() => void logOut()}>使用其他账户登录</Button>
          <Button type="primary" loading={busy} disabled={!accounts?.length} onClick={() => void submit()}>
            切换
          </Button>
        </Space>
      }
    >
      {accounts !== null && accounts.length === 0 ? (
        <Empty description="本机没有其他登录过的账户" />
      ) : (
        <Form form={form} layout="vertical" clearOnDestroy>
          <Form.Item name="accountId" rules={[{ required: true, message: '请选择账户' }]}>
            <Radio.Group style={{ width: '100%' }}>
              <Flex vertical gap={12}>
                {accounts === null && <Spin />}
                {accounts?.map((account) => (
                  <Radio key={account.accountId} value={account.accountId}>
                    <Typography.Text strong>{account.unitName}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {account.adminName}（{account.idNumber}）· 上次登录{' '}
                      {dayjs(account.lastLogInAt).format('YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[required('请输入密码')]}>
            <Input.Password autoComplete="current-password" onPressEnter={() => void submit()} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
