/*
 * ActivityForm: the unit-organised activity (其它继续教育形式): its CE type, the type's fields as the
 * served catalogue defines them, 计入年度, hours and remarks. Checked as the officer types with the shared
 * rules; a field shows its message once touched, every field on submit.
 */
import { Alert, Col, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import { useState } from 'react';
import type { CeCategory, CeType } from '../../../src-shared/domain/ce-types.ts';
import { HOURS_STEP, REMARKS_MAX_CHARS } from '../../../src-shared/domain/ce-types.ts';
import { formatHours } from '../../components/format.ts';
import { fixedFields, typesFor } from './ce-type-options.ts';
import { checkActivity, type ActivityCheck, type ActivityValues } from './check-activity.ts';
import { TypeField } from './TypeField.tsx';

export interface ActivityFormProps {
  form: FormInstance<ActivityValues>;
  category: CeCategory;
  catalogue: readonly CeType[];
  currentYear: number;
}

const pathOf = (field: string) => field.split('.');

/** Shows the check's messages on touched fields (or all), and clears the others. */
export function showCheck(form: FormInstance<ActivityValues>, check: ActivityCheck, all: boolean): void {
  const messages = new Map(check.errors.map(({ field, message }) => [field, message]));
  const names = form.getFieldsError().map(({ name }) => name.map(String).join('.'));
  const shown = new Set([...names, ...messages.keys()]);
  form.setFields(
    [...shown]
      .filter((field) => field !== 'title')
      .map((field) => ({
        name: pathOf(field),
        errors:
          (all || form.isFieldTouched(pathOf(field))) && messages.has(field) ? [messages.get(field)!] : [],
      })),
  );
}

export function ActivityForm({ form, category, catalogue, currentYear }: ActivityFormProps) {
  const types = typesFor(catalogue, category);
  const [typeCode, setTypeCode] = useState<string | undefined>();
  const [allowed, setAllowed] = useState<number | undefined>();
  const type = types.find((candidate) => candidate.code === typeCode);
  const hidden = type ? Object.keys(fixedFields(type, category)) : [];

  const onValuesChange = (changed: ActivityValues, values: ActivityValues) => {
    if (changed.typeCode !== undefined) {
      setTypeCode(changed.typeCode);
      form.setFieldsValue({ fields: {} });
    }
    const check = checkActivity(
      form.getFieldsValue(true) as ActivityValues,
      catalogue,
      category,
      currentYear,
    );
    setAllowed(check.allowedHours);
    if (
      check.allowedHours !== undefined &&
      !form.isFieldTouched('hours') &&
      values.hours !== check.allowedHours
    )
      form.setFieldsValue({ hours: check.allowedHours });
    showCheck(form, check, false);
  };

  return (
    <Form<ActivityValues>
      form={form}
      layout="vertical"
      initialValues={{ year: currentYear, remarks: '' }}
      onValuesChange={onValuesChange}
      data-testid="activity-form"
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="typeCode" label="继续教育类型" required>
            <Select
              placeholder="请选择继续教育类型，将载入该类型的信息项"
              options={types.map((candidate) => ({ value: candidate.code, label: candidate.name }))}
              data-testid="activity-type"
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="year" label="计入年度" required>
            <InputNumber style={{ width: '100%' }} precision={0} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="hours"
            label="学时"
            required
            extra={allowed !== undefined ? `按学时规则最多可计 ${formatHours(allowed)} 学时` : undefined}
          >
            <InputNumber style={{ width: '100%' }} min={0} step={HOURS_STEP} data-testid="activity-hours" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="title"
            label="活动名称"
            rules={[
              { required: true, whitespace: true, message: '请输入名称' },
              { max: 100, message: '名称最多 100 字' },
            ]}
          >
            <Input
              placeholder="如：2026 年度医疗质量与患者安全专题培训"
              maxLength={100}
              data-testid="activity-title"
            />
          </Form.Item>
        </Col>
      </Row>
      {type ? (
        <Row gutter={16}>
          {type.fields
            .filter((spec) => !hidden.includes(spec.key))
            .map((spec) => (
              <Col span={12} key={spec.key}>
                <TypeField spec={spec} />
              </Col>
            ))}
        </Row>
      ) : (
        <Alert
          type="info"
          showIcon
          title="选择继续教育类型后，将载入该类型需要填写的信息项。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item name="remarks" label="备注">
        <Input.TextArea
          rows={3}
          count={{ show: true, max: REMARKS_MAX_CHARS, strategy: (text) => [...text].length }}
          placeholder="活动的说明（选填）"
        />
      </Form.Item>
    </Form>
  );
}
