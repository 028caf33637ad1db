import { App, Button, Col, Form, Input, Row, Space } from 'antd';
import { useState } from 'react';
import type { ReferenceData, UnitChanges, UnitInfo } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { CodePicker } from '../../components/CodePicker.tsx';
import { messageOf } from '../../components/error-message.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { dictionaryEntries } from '../../components/use-reference-data.ts';
import { maxCharacters, required } from '../../components/validation-rules.ts';

type Editable = Required<UnitChanges>;

const EDITABLE: (keyof Editable)[] = [
  'name',
  'competentDepartment',
  'address',
  'contactName',
  'contactPhone',
  'natureCode',
  'affiliationCode',
  'levelCode',
  'industryCode',
];

export interface UnitInfoFormProps {
  unit: UnitInfo;
  reference: ReferenceData | undefined;
  onSaved(): void;
  onCancel(): void;
}

/** What a unit may change itself: its code, region and HR department stay as registered. */
export function UnitInfoForm({ unit, reference, onSaved, onCancel }: UnitInfoFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Editable>();
  const [busy, setBusy] = useState(false);
  const entries = (dictionary: string) => dictionaryEntries(reference, dictionary);

  const save = async (values: Editable) => {
    const changes = Object.fromEntries(
      EDITABLE.filter((field) => values[field].trim() !== unit[field]).map((field) => [
        field,
        values[field].trim(),
      ]),
    );
    if (Object.keys(changes).length === 0) return onCancel();
    setBusy(true);
    try {
      await api.unitUpdate({ changes });
      message.success('单位信息已保存，将在同步后提交到服务器');
      onSaved();
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={Object.fromEntries(EDITABLE.map((field) => [field, unit[field]]))}
      onFinish={save}
      data-testid="unit-info-form"
    >
      <Row gutter={24}>
        <Col span={24}>
          <Form.Item
            name="name"
            label="单位名称"
            rules={[required('请填写单位名称'), maxCharacters(100, '单位名称')]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="natureCode"
            label="单位性质"
            rules={[{ required: true, message: '请选择单位性质' }]}
          >
            <CodePicker title="选择单位性质" entries={entries('unitNatures')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="competentDepartment"
            label="行业主管部门"
            rules={[maxCharacters(100, '行业主管部门')]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="affiliationCode"
            label="单位隶属关系"
            rules={[{ required: true, message: '请选择隶属关系' }]}
          >
            <CodePicker title="选择单位隶属关系" entries={entries('affiliations')} showCode />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="levelCode"
            label="单位级别"
            rules={[{ required: true, message: '请选择单位级别' }]}
          >
            <CodePicker title="选择单位级别" entries={entries('unitLevels')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="industryCode"
            label="单位所属行业"
            rules={[{ required: true, message: '请选择所属行业' }]}
          >
            <CodePicker title="选择单位所属行业" entries={entries('industries')} showCode />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="address" label="单位地址" rules={[maxCharacters(200, '地址')]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contactName" label="联系人" rules={[maxCharacters(50, '联系人')]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contactPhone" label="联系电话" rules={[maxCharacters(30, '联系电话')]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          保存
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
