/*
 * TemplateCommonForm: the values officers change most, without a text editor: the title, the issuing
 * body (blank: the unit's own name) and the seal (keep it, print none because the certificates are
 * stamped by hand, or another PNG/JPEG image). The shipped template is first copied as the unit's
 * own; the core refuses changes the template cannot print with and lists why.
 */
import { App, Button, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import type {
  CertificateTemplateCommon,
  CertificateTemplateEditInput,
  CertificateTemplateStatus,
} from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { ProblemList } from './ProblemList.tsx';
import { problemsOf } from './template-problems.ts';

type SealKind = CertificateTemplateEditInput['seal']['kind'];

interface Values {
  title: string;
  issuer: string;
  sealKind: SealKind;
  sealPath: string;
}

export interface TemplateCommonFormProps {
  common: CertificateTemplateCommon;
  custom: boolean;
  onChanged(status: CertificateTemplateStatus): void;
}

function sealOf(values: Values): CertificateTemplateEditInput['seal'] {
  if (values.sealKind === 'file') return { kind: 'file', path: values.sealPath };
  return { kind: values.sealKind };
}

export function TemplateCommonForm({ common, custom, onChanged }: TemplateCommonFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const sealKind = Form.useWatch('sealKind', form);

  const save = async (values: Values) => {
    setBusy(true);
    setProblems([]);
    try {
      const status = await api.certificateTemplateEdit({
        title: values.title,
        issuer: values.issuer,
        seal: sealOf(values),
      });
      onChanged(status);
      message.success(custom ? '模板已保存' : '已保存为本单位模板');
    } catch (error) {
      setProblems(problemsOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size="small"
      requiredMark={false}
      initialValues={{ title: common.title, issuer: common.issuer ?? '', sealKind: 'keep', sealPath: '' }}
      onFinish={(values) => void save(values)}
      data-testid="template-common-form"
    >
      <Form.Item
        name="title"
        label="证书标题"
        rules={[{ required: true, whitespace: true, message: '请输入证书标题' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="issuer" label="发证单位" extra="留空则打印本单位名称">
        <Input maxLength={100} allowClear />
      </Form.Item>
      <Form.Item
        name="sealKind"
        label="印章"
        extra={
          common.sealFile ? (
            <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
              当前印章图片：{common.sealFile}
            </Typography.Text>
          ) : (
            '当前模板不打印印章'
          )
        }
      >
        <Radio.Group
          options={[
            { value: 'keep', label: '保持不变' },
            { value: 'none', label: '不打印印章（手工盖章）' },
            { value: 'file', label: '更换印章图片' },
          ]}
        />
      </Form.Item>
      {sealKind === 'file' && (
        <Form.Item
          name="sealPath"
          label="印章图片路径"
          rules={[{ required: true, whitespace: true, message: '请输入印章图片的完整路径' }]}
          extra="PNG 或 JPEG，建议使用透明背景的 PNG；图片会复制到模板文件夹中"
        >
          <Input placeholder="例如 D:\证书模板\印章.png" />
        </Form.Item>
      )}
      <ProblemList title="未保存，模板有误" problems={problems} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="template-common-save">
        {custom ? '保存修改' : '保存为本单位模板'}
      </Button>
    </Form>
  );
}
