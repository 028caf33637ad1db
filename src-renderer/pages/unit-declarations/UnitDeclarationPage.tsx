/*
 * 其它继续教育形式申报(公需) / (专业): one unit-organised activity declared for many staff at once. The
 * declarations count as approved for everyone chosen and are sent at the next sync.
 */
import { App, Button, Col, Form, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import type { StaffRow } from '../../../src-shared/contract/index.ts';
import type { CeCategory } from '../../../src-shared/domain/ce-types.ts';
import { api } from '../../api.ts';
import { useSync } from '../../app/sync-context.ts';
import { messageOf } from '../../components/error-message.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useReferenceData } from '../../components/use-reference-data.ts';
import { ActivityForm, showCheck } from './ActivityForm.tsx';
import { checkActivity, type ActivityValues } from './check-activity.ts';
import { StaffChooser } from './StaffChooser.tsx';

const TITLE: Record<CeCategory, string> = {
  public: '其它继续教育形式申报(公需)',
  professional: '其它继续教育形式申报(专业)',
};

interface Declared {
  title: string;
  people: number;
  hours: number;
}

export function UnitDeclarationPage({ category }: { category: CeCategory }) {
  const { message } = App.useApp();
  const sync = useSync();
  const reference = useReferenceData();
  const [form] = Form.useForm<ActivityValues>();
  const [chosen, setChosen] = useState<StaffRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [declared, setDeclared] = useState<Declared | null>(null);
  const currentYear = new Date().getFullYear();

  const submit = async () => {
    if (!reference) return;
    const values = form.getFieldsValue(true) as ActivityValues;
    const check = checkActivity(values, reference.ceTypes, category, currentYear);
    showCheck(form, check, true);
    const titleOk = await form.validateFields(['title']).then(
      () => true,
      () => false,
    );
    if (check.errors.length > 0 || !titleOk) return void message.error('请按提示修改申报信息');
    if (chosen.length === 0) return void message.error('请至少选择一名人员');
    setBusy(true);
    try {
      await api.unitDeclarationsCreate({
        typeCode: values.typeCode!,
        year: values.year!,
        title: values.title!.trim(),
        hours: values.hours!,
        fields: values.fields ?? {},
        remarks: values.remarks ?? '',
        staffIds: chosen.map((row) => row.id),
      });
      sync.refresh();
      setDeclared({ title: values.title!.trim(), people: chosen.length, hours: values.hours! });
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(`申报失败：${messageOf(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const header = (
    <PageHeader
      title={TITLE[category]}
      description="由单位组织的继续教育活动，一次为多名人员申报。申报后直接计入所选人员的学时，同步后提交到服务器。"
    />
  );
  if (declared)
    return (
      <>
        {header}
        <Result
          status="success"
          title={`已为 ${declared.people} 人申报「${declared.title}」，每人 ${declared.hours} 学时`}
          subTitle="申报已保存在本机（待同步），联网同步后提交到服务器。"
          extra={
            <Button
              type="primary"
              onClick={() => {
                form.resetFields();
                setChosen([]);
                setDeclared(null);
              }}
            >
              继续申报
            </Button>
          }
          data-testid="unit-declaration-done"
        />
      </>
    );
  return (
    <>
      {header}
      {reference ? (
        <Row gutter={24}>
          <Col xs={24} xl={14}>
            <ActivityForm
              form={form}
              category={category}
              catalogue={reference.ceTypes}
              currentYear={currentYear}
            />
          </Col>
          <Col xs={24} xl={10}>
            <StaffChooser chosen={chosen} onChange={setChosen} />
            <Button
              type="primary"
              size="large"
              block
              style={{ marginTop: 16 }}
              loading={busy}
              onClick={submit}
              data-testid="unit-declaration-submit"
            >
              为 {chosen.length} 人申报
            </Button>
          </Col>
        </Row>
      ) : (
        <Skeleton active paragraph={{ rows: 10 }} />
      )}
    </>
  );
}
