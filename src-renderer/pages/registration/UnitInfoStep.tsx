import { Col, Form, Input, Row, Select } from 'antd';
import { dictionaries } from '../../../src-shared/domain/code-lists.ts';
import { CodePicker } from '../../components/CodePicker.tsx';
import { maxCharacters, required } from '../../components/validation-rules.ts';
import { competentDepartments } from './competent-departments.ts';
import { entriesOf, hrDepartmentsOf } from './dictionary-entries.ts';
import { contactPhoneRule } from './contact-phone-rule.ts';

const pick = (label: string) => [{ required: true, message: `请选择${label}` }];

/** Step 2: the unit's basic information, the coded items chosen in pop-up windows. */
export function UnitInfoStep() {
  const form = Form.useFormInstance();
  const regionCode = Form.useWatch<string | undefined>('regionCode', form);
  return (
    <Row gutter={24}>
      <Col span={24}>
        <Form.Item
          name="name"
          label="单位名称"
          rules={[required('请填写单位名称'), maxCharacters(100, '单位名称')]}
        >
          <Input placeholder="与组织机构代码证一致的单位全称" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="regionCode" label="所属区域" rules={pick('所属区域')}>
          <Select
            placeholder="请选择"
            showSearch={{ optionFilterProp: 'label' }}
            options={dictionaries.regions.map(({ code, label }) => ({ value: code, label }))}
            onChange={() => form.setFieldValue('hrDepartmentCode', undefined)}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="hrDepartmentCode" label="同级人社部门" rules={pick('同级人社部门')}>
          <CodePicker
            title="选择同级人社部门"
            entries={hrDepartmentsOf(regionCode)}
            placeholder={regionCode ? '请点击选择' : '请先选择所属区域'}
            disabled={!regionCode}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="natureCode" label="单位性质" rules={pick('单位性质')}>
          <CodePicker title="选择单位性质" entries={entriesOf('unitNatures')} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="competentDepartment" label="行业主管部门" rules={pick('行业主管部门')}>
          <CodePicker title="选择行业主管部门" entries={competentDepartments} allowCustom />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="affiliationCode" label="单位隶属关系" rules={pick('单位隶属关系')}>
          <CodePicker title="选择单位隶属关系" entries={entriesOf('affiliations')} showCode />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="levelCode" label="单位级别" rules={pick('单位级别')}>
          <CodePicker title="选择单位级别" entries={entriesOf('unitLevels')} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="industryCode" label="单位所属行业" rules={pick('单位所属行业')}>
          <CodePicker title="选择单位所属行业" entries={entriesOf('industries')} showCode />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="address"
          label="单位地址"
          rules={[required('请填写单位地址'), maxCharacters(200, '单位地址')]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="contactName"
          label="联系人"
          rules={[required('请填写联系人'), maxCharacters(50, '联系人')]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="contactPhone"
          label="联系电话"
          rules={[required('请填写联系电话'), contactPhoneRule]}
        >
          <Input placeholder="手机号码或带区号的固定电话" />
        </Form.Item>
      </Col>
    </Row>
  );
}
