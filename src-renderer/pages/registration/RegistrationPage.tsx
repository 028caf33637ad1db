import { Alert, Button, Card, Flex, Form, Result, Steps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { messageOf } from '../../components/error-message.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { ApiError } from '../../api.ts';
import { ApplicantStep } from './ApplicantStep.tsx';
import { stepFields, type RegistrationValues } from './registration-values.ts';
import { submitRegistration } from './submit-registration.ts';
import { UnitCodeStep } from './UnitCodeStep.tsx';
import { UnitInfoStep } from './UnitInfoStep.tsx';

/** The server's message about the scan (its kind is told by content there), shown under the upload. */
function scanErrorOf(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  return (
    error.fields.find((field) => field.field === 'scan' || field.field.startsWith('scan.'))?.message ?? null
  );
}

const STEPS = [{ title: '组织机构代码' }, { title: '单位基本信息' }, { title: '申请人账户' }];

/** 单位注册: the user guide's three steps, ending with its pending message. */
export function RegistrationPage() {
  const navigate = useNavigate();
  const [form] = Form.useForm<RegistrationValues>();
  const [step, setStep] = useState(0);
  const [scan, setScan] = useState<File | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const next = async () => {
    await form.validateFields(stepFields[step]);
    if (step === 0 && !scan) return setScanError('请上传组织机构代码证或营业执照扫描件');
    setStep(step + 1);
  };

  const register = async () => {
    await form.validateFields(stepFields[2]);
    if (!scan) return setStep(0);
    setBusy(true);
    setProblem(null);
    try {
      setDone(await submitRegistration(form.getFieldsValue(true) as RegistrationValues, scan));
    } catch (error) {
      const scanProblem = scanErrorOf(error);
      if (scanProblem) {
        setScanError(scanProblem);
        setStep(0);
      } else if (applyFieldErrors(form, error)) setStep(stepOfFirstError());
      else setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const stepOfFirstError = () => {
    const failing = form.getFieldsError().find((field) => field.errors.length > 0);
    const key = failing?.name.map(String).join('.') ?? '';
    const index = stepFields.findIndex((fields) => fields.some((field) => [field].flat().join('.') === key));
    return index < 0 ? step : index;
  };

  if (done)
    return (
      <Card>
        <Result
          data-testid="registration-done"
          status="success"
          title={done}
          subTitle="审核通过后，系统会发送邮件通知您，届时即可登录。"
          extra={
            <Button type="primary" onClick={() => navigate('/login')}>
              返回登录
            </Button>
          }
        />
      </Card>
    );

  return (
    <Card title="法人单位注册">
      <Steps current={step} items={STEPS} style={{ marginBottom: 32 }} />
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 840, margin: '0 auto' }}
        data-testid="registration-form"
      >
        <div hidden={step !== 0}>
          <UnitCodeStep
            scan={scan}
            scanError={scanError}
            onScan={(file, error) => {
              setScan(file);
              setScanError(error);
            }}
          />
        </div>
        <div hidden={step !== 1}>
          <UnitInfoStep />
        </div>
        <div hidden={step !== 2}>
          <ApplicantStep />
        </div>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        <Flex justify="center" gap={16} style={{ marginTop: 8 }}>
          {step > 0 && <Button onClick={() => setStep(step - 1)}>上一步</Button>}
          {step < 2 ? (
            <Button type="primary" onClick={() => void next().catch(() => {})}>
              下一步
            </Button>
          ) : (
            <Button type="primary" loading={busy} onClick={() => void register().catch(() => {})}>
              注册
            </Button>
          )}
        </Flex>
      </Form>
    </Card>
  );
}
