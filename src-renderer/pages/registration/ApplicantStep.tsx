import { Col, Form, Input, Row } from 'antd';
import {
  emailRule,
  maxCharacters,
  mobilePhoneRule,
  newPasswordRule,
  required,
  residentIdRule,
} from '../../components/validation-rules.ts';

/** Step 3: the applicant's account, who becomes the unit's administrator and logs in with the ID number. */
export function ApplicantStep() {
  return (
    <Row gutter={24}>
      <Col span={12}>
        <Form.Item
          name={['applicant', 'idNumber']}
          label="身份证号码"
          rules={[required('请填写身份证号码'), residentIdRule]}
          extra="作为登录账户使用，注册后不可修改"
        >
          <Input maxLength={18} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name={['applicant', 'name']}
          label="真实姓名"
          rules={[required('请填写姓名'), maxCharacters(50, '姓名')]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name={['applicant', 'password']}
          label="密码"
          rules={[{ required: true, message: '请设置密码' }, newPasswordRule]}
          extra="8 到 64 位，须同时包含字母和数字"
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name={['applicant', 'confirmPassword']}
          label="确认密码"
          dependencies={[['applicant', 'password']]}
          rules={[
            { required: true, message: '请再次输入密码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue(['applicant', 'password'])
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name={['applicant', 'phone']}
          label="手机号码"
          rules={[required('请填写手机号码'), mobilePhoneRule]}
        >
          <Input maxLength={14} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name={['applicant', 'email']}
          label="电子邮箱"
          rules={[required('请填写电子邮箱'), emailRule]}
          extra="审核结果将发送到此邮箱"
        >
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );
}
