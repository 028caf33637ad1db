import { Col, Form, Select } from 'antd';
import { dictionaries } from '../../../src-shared/domain/code-lists.ts';
import { CodePicker } from '../../components/CodePicker.tsx';
import { UnitFields } from '../../components/unit-fields/UnitFields.tsx';
import { entriesOf, hrDepartmentsOf } from './dictionary-entries.ts';

/** Step 2: the unit's basic information, the coded items chosen in pop-up windows. */
export function UnitInfoStep() {
  return <UnitFields registering entriesOf={entriesOf} regionFields={<RegionFields />} />;
}

/** 所属区域 and the HR department of that region, which approves the unit; both fixed once registered. */
function RegionFields() {
  const form = Form.useFormInstance();
  const regionCode = Form.useWatch<string | undefined>('regionCode', form);
  return (
    <>
      <Col span={12}>
        <Form.Item name="regionCode" label="所属区域" rules={[{ required: true, message: '请选择所属区域' }]}>
          <Select
            placeholder="请选择"
            showSearch={{ optionFilterProp: 'label' }}
            options={dictionaries.regions.map(({ code, label }) => ({ value: code, label }))}
            onChange={() => form.setFieldValue('hrDepartmentCode', undefined)}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="hrDepartmentCode"
          label="同级人社部门"
          rules={[{ required: true, message: '请选择同级人社部门' }]}
        >
          <CodePicker
            title="选择同级人社部门"
            entries={hrDepartmentsOf(regionCode)}
            placeholder={regionCode ? '请点击选择' : '请先选择所属区域'}
            disabled={!regionCode}
          />
        </Form.Item>
      </Col>
    </>
  );
}
