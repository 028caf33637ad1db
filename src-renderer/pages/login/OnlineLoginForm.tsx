import { LockOutlined, BankOutlined, IdcardOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Radio, Tooltip } from 'antd';
import { useState } from 'react';
import type { LogInInput } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { useSessionContext } from '../../app/session-context.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { required, residentIdRule, unitCodeRule } from '../../components/validation-rules.ts';
import { CaptchaImage } from './CaptchaImage.tsx';
import { loginProblemOf, type LoginProblem } from './login-errors.ts';
import { useCaptcha } from './use-captcha.ts';

type Values = Omit<LogInInput, 'captchaId'> & { userType: 'unit' };

export interface OnlineLoginFormProps {
  /** Whether a server address is configured: without one there is no captcha to fetch. */
  hasServer: boolean;
  onOffline(): void;
}

/** 用户类型「单位」: organisation code, ID number, password and the captcha, against the server. */
export function OnlineLoginForm({ hasServer, onOffline }: OnlineLoginFormProps) {
  const { opened } = useSessionContext();
  const [form] = Form.useForm<Values>();
  const captcha = useCaptcha(hasServer);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<LoginProblem | null>(null);
  const unreachable = captcha.error ? loginProblemOf(captcha.error) : null;

  const submit = async ({ userType: _userType, ...values }: Values) => {
    if (!hasServer)
      return setProblem({ title: '尚未设置服务器地址', hint: '请先在“设置”中填写服务器地址。' });
    if (!captcha.captcha) return captcha.refresh();
    setBusy(true);
    setProblem(null);
    try {
      opened(await api.sessionLogIn({ ...values, captchaId: captcha.captcha.captchaId }));
    } catch (error) {
      const found = loginProblemOf(error);
      if (!applyFieldErrors(form, error)) setProblem(found);
      if (found.newCaptcha) {
        form.setFieldValue('captchaText', '');
        captcha.refresh();
      }
    } finally {
      setBusy(false);
    }
  };

  const shown = problem ?? unreachable;
  return (
    <Form
      form={form}
      size="large"
      onFinish={submit}
      initialValues={{ userType: 'unit' }}
      data-testid="login-form"
    >
      <Form.Item name="userType" label="用户类型">
        <Radio.Group>
          <Radio value="unit">单位</Radio>
          <Tooltip title="专业技术人员请登录网上服务平台">
            <Radio value="person" disabled>
              个人
            </Radio>
          </Tooltip>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="orgCode" rules={[required('请输入单位组织机构代码或统一社会信用代码'), unitCodeRule]}>
        <Input
          prefix={<BankOutlined />}
          placeholder="单位组织机构代码 / 统一社会信用代码"
          autoComplete="organization"
        />
      </Form.Item>
      <Form.Item name="idNumber" rules={[required('请输入账户（身份证号码）'), residentIdRule]}>
        <Input prefix={<IdcardOutlined />} placeholder="账户（身份证号码）" autoComplete="username" />
      </Form.Item>
      <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" />
      </Form.Item>
      <Form.Item required>
        <Flex gap={8}>
          <Form.Item name="captchaText" noStyle rules={[required('请输入验证码')]}>
            <Input prefix={<SafetyOutlined />} placeholder="验证码" autoComplete="off" maxLength={10} />
          </Form.Item>
          <CaptchaImage
            captcha={captcha.captcha}
            loading={hasServer && captcha.loading}
            onRefresh={captcha.refresh}
          />
        </Flex>
      </Form.Item>
      {shown && (
        <Alert
          type={shown.offline ? 'warning' : 'error'}
          showIcon
          title={shown.title}
          description={shown.hint}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
          action={
            shown.offline && (
              <Button size="small" onClick={onOffline}>
                离线登录
              </Button>
            )
          }
        />
      )}
      <Button type="primary" htmlType="submit" block loading={busy}>
        登 录
      </Button>
    </Form>
  );
}
