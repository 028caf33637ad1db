import { App, Checkbox, Col, Form, Input, Modal, Row } from 'antd';
import type { Admin, SubAdminCreateInput } from '../../../src-shared/contract/index.ts';
import { unitPermissions } from '../../../src-shared/domain/unit-permissions.ts';
import { api } from '../../api.ts';
import { changedText } from '../../components/changed-text.ts';
import { ContactFields } from '../../components/ContactFields.tsx';
import { useSaveForm } from '../../components/use-save-form.ts';
import { maxCharacters, required, residentIdRule } from '../../components/validation-rules.ts';

type Values = SubAdminCreateInput;

export interface SubAdminDialogProps {
  /** The sub-administrator to edit, or null to add one. */
  editing: Admin | null;
  open: boolean;
  onClose(): void;
  onSaved(): void;
}

/** Adds a 管理人员 or changes one's contact details and permissions. */
export function SubAdminDialog({ editing, open, onClose, onSaved }: SubAdminDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, saving } = useSaveForm(form);

  const save = async () => {
    const values = await form.validateFields();
    const changes = editing && changedFields(editing, values);
    if (changes && Object.keys(changes).length === 0) return onClose();
    await saving(async () => {
      if (editing) {
        await api.subAdminsUpdate({ adminId: editing.id, ...changes });
        message.success('已保存，将在同步后生效');
      } else {
        await api.subAdminsCreate(values);
        message.success('已新增管理人员，同步后系统将向其邮箱发送临时密码');
      }
      onSaved();
      onClose();
    });
  };

  return (
    <Modal
      open={open}
      title={editing ? `修改管理人员：${editing.name}` : '新增管理人员'}
      okText="保存"
      onOk={() => void save().catch(() => {})}
      okButtonProps={{ loading: busy }}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        clearOnDestroy
        initialValues={editing ?? { permissions: [] }}
        data-testid="sub-admin-form"
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="idNumber"
              label="身份证号码"
              rules={editing ? [] : [required('请输入身份证号码'), residentIdRule]}
              extra={editing ? '登录账户不能修改' : '作为其登录账户'}
            >
              <Input disabled={editing !== null} maxLength={18} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label="姓名" rules={[required('请输入姓名'), maxCharacters(50, '姓名')]}>
              <Input />
            </Form.Item>
          </Col>
          <ContactFields emailExtra={editing ? undefined : '临时密码将发送到此邮箱'} />
        </Row>
        <Form.Item name="permissions" label="可使用的功能">
          <Checkbox.Group style={{ width: '100%' }}>
            <Row gutter={[8, 8]}>
              {unitPermissions.map((permission) => (
                <Col span={8} key={permission.code}>
                  <Checkbox value={permission.code}>{permission.label}</Checkbox>
                </Col>
              ))}
            </Row>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}

function changedFields(admin: Admin, values: Values) {
  const samePermissions =
    admin.permissions.length === values.permissions.length &&
    admin.permissions.every((permission) => values.permissions.includes(permission));
  return {
    ...changedText(admin, values, ['name', 'phone', 'email']),
    ...(samePermissions ? {} : { permissions: values.permissions }),
  };
}
