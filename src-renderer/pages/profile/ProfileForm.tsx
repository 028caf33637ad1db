/*
 * ProfileForm: the administrator's own contact details (手机号码、电子邮箱), checked as they are typed
 * with the shared validators and saved on the server at once (online only, like 修改密码). The log-in
 * account, name and unit are shown but cannot be changed.
 */
import { App, Button, Col, Form, Input, Row, Space } from 'antd';
import { useState } from 'react';
import type { Profile, ProfileUpdateInput } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { messageOf } from '../../components/error-message.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { emailRule, mobilePhoneRule, required } from '../../components/validation-rules.ts';

interface ContactValues {
  phone: string;
  email: string;
}

export interface ProfileFormProps {
  profile: Profile;
  onSaved(profile: Profile): void;
  onCancel(): void;
}

/** Only what changed is sent: an untouched field is not overwritten on the server. */
function changesOf(profile: Profile, values: ContactValues): ProfileUpdateInput {
  const changes: ProfileUpdateInput = {};
  if (values.phone.trim() !== profile.phone) changes.phone = values.phone.trim();
  if (values.email.trim() !== profile.email) changes.email = values.email.trim();
  return changes;
}

export function ProfileForm({ profile, onSaved, onCancel }: ProfileFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactValues>();
  const [busy, setBusy] = useState(false);

  const save = async (values: ContactValues) => {
    const changes = changesOf(profile, values);
    if (Object.keys(changes).length === 0) return onCancel();
    setBusy(true);
    try {
      const saved = await api.profileUpdate(changes);
      message.success('个人信息已保存');
      onSaved(saved);
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ phone: profile.phone, email: profile.email }}
      onFinish={save}
      style={{ maxWidth: 840 }}
      data-testid="profile-form"
    >
      <Row gutter={24}>
        <Col span={12}>
          <Form.Item label="姓名" htmlFor="profile-name" extra="注册后不可修改">
            <Input id="profile-name" value={profile.name} disabled />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="登录账户" htmlFor="profile-id-number" extra="身份证号码，注册后不可修改">
            <Input id="profile-id-number" value={profile.idNumber} disabled />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label="手机号码" rules={[required('请输入手机号码'), mobilePhoneRule]}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="email"
            label="电子邮箱"
            rules={[required('请输入电子邮箱'), emailRule]}
            extra="审核结果等通知将发送到此邮箱"
          >
            <Input maxLength={254} />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          保存
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          取消
        </Button>
      </Space>
    </Form>
  );
}
