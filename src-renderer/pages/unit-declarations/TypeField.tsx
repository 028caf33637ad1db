/*
 * TypeField: one field of a CE type's form, as the served catalogue defines it. Dates are kept as
 * YYYY-MM-DD strings, the form the shared rules check.
 */
import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { FieldSpec } from '../../../src-shared/domain/ce-types.ts';

function control(spec: FieldSpec) {
  switch (spec.kind) {
    case 'text':
      return (
        <Input maxLength={spec.maxLength} showCount={spec.maxLength !== undefined && spec.maxLength > 100} />
      );
    case 'number':
      // No min, max or precision here: out-of-range input stays as typed and the shared rules say why.
      return <InputNumber style={{ width: '100%' }} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} />;
    case 'select':
      return (
        <Select
          options={(spec.options ?? []).map(({ value, label }) => ({ value, label }))}
          placeholder="请选择"
        />
      );
    case 'boolean':
      return <Switch checkedChildren="是" unCheckedChildren="否" />;
  }
}

export function TypeField({ spec }: { spec: FieldSpec }) {
  const dateProps =
    spec.kind === 'date'
      ? {
          getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
          normalize: (value: Dayjs | null) => value?.format('YYYY-MM-DD'),
        }
      : {};
  return (
    <Form.Item
      name={['fields', spec.key]}
      label={spec.label}
      required={spec.required}
      valuePropName={spec.kind === 'boolean' ? 'checked' : 'value'}
      {...dateProps}
    >
      {control(spec)}
    </Form.Item>
  );
}
