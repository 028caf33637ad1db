import { App, Button, Form, Space } from 'antd';
import type { ReferenceData, UnitChanges, UnitInfo } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { changedText } from '../../components/changed-text.ts';
import { UnitFields } from '../../components/unit-fields/UnitFields.tsx';
import { useSaveForm } from '../../components/use-save-form.ts';
import { dictionaryEntries } from '../../components/use-reference-data.ts';

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
  const { busy, saving } = useSaveForm(form);

  const save = async (values: Editable) => {
    const changes = changedText(unit, values, EDITABLE);
    if (Object.keys(changes).length === 0) return onCancel();
    await saving(async () => {
      await api.unitUpdate({ changes });
      message.success('单位信息已保存，将在同步后提交到服务器');
      onSaved();
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={Object.fromEntries(EDITABLE.map((field) => [field, unit[field]]))}
      onFinish={save}
      data-testid="unit-info-form"
    >
      <UnitFields entriesOf={(dictionary) => dictionaryEntries(reference, dictionary)} />
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          保存
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
