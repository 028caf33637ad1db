/*
 * ProfileForm: the administrator's own contact details (手机号码、电子邮箱), checked as they are typed
 * with the shared validators and saved on the server at once (online only, like 修改密码). The log-in
 * account, name and unit are shown but cannot be changed.
 */
import { App, Button, Col, Form, Input, Row, Space } from 'antd';
import type { Profile } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { changedText } from '../../components/changed-text.ts';
import { ContactFields } from '../../components/ContactFields.tsx';
import { useSaveForm } from '../../components/use-save-form.ts';

interface ContactValues {
  phone: string;
  email: string;
}

export interface ProfileFormProps {
  profile: Profile;
  onSaved(profile: Profile): void;
  onCancel(): void;
}

export function ProfileForm({ profile, onSaved, onCancel }: ProfileFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactValues>();
  const { busy, saving } = useSaveForm(form);

  const save = async (values: ContactValues) => {
    const changes = changedText(profile, values, ['phone', 'email']);
    if (Object.keys(changes).length === 0) return onCancel();
    await saving(async () => {
      const saved = await api.profileUpdate(changes);
      message.success('个人信息已保存');
      onSaved(saved);
    });
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
        <ContactFields emailExtra="审核结果等通知将发送到此邮箱" />
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
