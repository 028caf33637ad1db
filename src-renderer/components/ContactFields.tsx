/*
 * ContactFields: an administrator's 手机号码 and 电子邮箱, checked as they are typed with the rules the
 * server applies. Two half-width columns for a `<Row>` of a vertical antd Form, named `phone` and `email`.
 *
 *   <Row gutter={24}>
 *     …
 *     <ContactFields emailExtra="临时密码将发送到此邮箱" />
 *   </Row>
 */
import { Col, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { emailRule, mobilePhoneRule, required } from './validation-rules.ts';

export interface ContactFieldsProps {
  /** Under the e-mail box: what will be sent there. */
  emailExtra?: ReactNode;
}

/** Long enough for a number written as +86 138 0000 0000; the server's e-mail limit. */
const PHONE_MAX = 20;
const EMAIL_MAX = 254;

export function ContactFields({ emailExtra }: ContactFieldsProps) {
  return (
    <>
      <Col span={12}>
        <Form.Item name="phone" label="手机号码" rules={[required('请输入手机号码'), mobilePhoneRule]}>
          <Input maxLength={PHONE_MAX} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="email"
          label="电子邮箱"
          rules={[required('请输入电子邮箱'), emailRule]}
          extra={emailExtra}
        >
          <Input maxLength={EMAIL_MAX} />
        </Form.Item>
      </Col>
    </>
  );
}
