/*
 * UnitFields: a unit's basic information, the coded items chosen in pop-up windows (CodePicker), as
 * 单位注册 (step 2) asks for it and 单位信息管理 edits it. Place inside a vertical antd Form.
 *
 *   <UnitFields registering entriesOf={entriesOf} regionFields={<RegionFields />} />   // 单位注册
 *   <UnitFields entriesOf={(name) => dictionaryEntries(reference, name)} />              // 单位信息管理
 *
 * The code, region and HR department are fixed once registered, so only registration passes
 * `regionFields`; they stand after the unit's name.
 */
import { Col, Form, Input, Row, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import { CodePicker, type PickerEntry } from '../CodePicker.tsx';
import { maxCharacters, required } from '../validation-rules.ts';
import { competentDepartments } from './competent-departments.ts';
import { contactPhoneRule } from './contact-phone-rule.ts';

/** The code lists a unit's pickers offer. */
export type UnitDictionary = 'unitNatures' | 'affiliations' | 'unitLevels' | 'industries';

export interface UnitFieldsProps {
  /** The entries of a code list: the shared lists before log-in, the cache's reference data after. */
  entriesOf(dictionary: UnitDictionary): readonly PickerEntry[];
  /**
   * Registering, as the server's registration checks: every field must be filled, 行业主管部门 is
   * picked from the common list (or typed in the picker) and the contact number must be a phone
   * number. Afterwards, as the server's unit edit allows, the free-text fields may be left empty.
   */
  registering?: boolean;
  /** 所属区域 and 同级人社部门, chosen only while registering. */
  regionFields?: ReactNode;
}

const picked = (label: string): FormRule[] => [{ required: true, message: `请选择${label}` }];

export function UnitFields({ entriesOf, registering = false, regionFields }: UnitFieldsProps) {
  /** A free-text field: filled in when registering, at most `max` characters. */
  const text = (label: string, max: number): FormRule[] => [
    ...(registering ? [required(`请填写${label}`)] : []),
    maxCharacters(max, label),
  ];
  const coded = (name: string, label: string, dictionary: UnitDictionary, showCode = false) => (
    <Col span={12}>
      <Form.Item name={name} label={label} rules={picked(label)}>
        <CodePicker title={`选择${label}`} entries={entriesOf(dictionary)} showCode={showCode} />
      </Form.Item>
    </Col>
  );
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
      {regionFields}
      {coded('natureCode', '单位性质', 'unitNatures')}
      <Col span={12}>
        {registering ? (
          <Form.Item name="competentDepartment" label="行业主管部门" rules={picked('行业主管部门')}>
            <CodePicker title="选择行业主管部门" entries={competentDepartments} allowCustom />
          </Form.Item>
        ) : (
          <Form.Item name="competentDepartment" label="行业主管部门" rules={text('行业主管部门', 100)}>
            <Input />
          </Form.Item>
        )}
      </Col>
      {coded('affiliationCode', '单位隶属关系', 'affiliations', true)}
      {coded('levelCode', '单位级别', 'unitLevels')}
      {coded('industryCode', '单位所属行业', 'industries', true)}
      <Col span={12}>
        <Form.Item name="address" label="单位地址" rules={text('单位地址', 200)}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="contactName" label="联系人" rules={text('联系人', 50)}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="contactPhone"
          label="联系电话"
          rules={
            registering ? [required('请填写联系电话'), contactPhoneRule] : [maxCharacters(30, '联系电话')]
          }
        >
          <Input placeholder="手机号码或带区号的固定电话" />
        </Form.Item>
      </Col>
    </Row>
  );
}
