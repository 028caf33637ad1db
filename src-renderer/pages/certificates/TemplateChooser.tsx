/*
 * TemplateChooser: which template prints (the shipped one or the unit's own), 导出默认模板 into the
 * user data folder to edit with a text editor, 使用此模板 for a path the officer types (the core opens
 * it as a print would and lists every problem; nothing changes when it is refused) and 恢复默认模板.
 */
import { ExportOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type {
  CertificateTemplateExport,
  CertificateTemplateStatus,
} from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { messageOf } from '../../components/error-message.ts';
import { ProblemList } from './ProblemList.tsx';
import { problemsOf } from './template-problems.ts';

export interface TemplateChooserProps {
  status: CertificateTemplateStatus;
  onChanged(status: CertificateTemplateStatus): void;
}

export function TemplateChooser({ status, onChanged }: TemplateChooserProps) {
  const { message } = App.useApp();
  const [path, setPath] = useState('');
  const [exported, setExported] = useState<CertificateTemplateExport | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState<'export' | 'use' | 'restore' | null>(null);

  const exportDefault = async () => {
    setBusy('export');
    try {
      const answer = await api.certificateTemplateExportDefault();
      setExported(answer);
      setPath(answer.templatePath);
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(null);
    }
  };

  const use = async (chosen: string | null) => {
    setBusy(chosen === null ? 'restore' : 'use');
    setProblems([]);
    try {
      onChanged(await api.certificateTemplateUse({ path: chosen }));
      message.success(chosen === null ? '已恢复默认模板' : '已采用此模板，打印和预览将使用它');
    } catch (error) {
      setProblems(problemsOf(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical gap={12} data-testid="template-chooser">
      <Descriptions size="small" column={1} bordered styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label="当前模板">
          <Space data-testid="template-current">
            {status.custom ? <Tag color="blue">本单位模板</Tag> : <Tag>默认模板</Tag>}
            {status.templateName ?? '（无法打开）'}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="模板文件">
          <Typography.Text copyable style={{ wordBreak: 'break-all' }} data-testid="template-path">
            {status.path}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <ProblemList
        title="当前模板有误，打印和预览会失败，请修改模板文件或恢复默认模板"
        problems={status.problems}
      />

      <Flex gap={8} wrap>
        <Button
          icon={<ExportOutlined />}
          loading={busy === 'export'}
          onClick={() => void exportDefault()}
          data-testid="template-export"
        >
          导出默认模板
        </Button>
        {status.custom && (
          <Popconfirm
            title="恢复默认模板？"
            description="之后打印使用程序自带的模板；本单位的模板文件不会被删除。"
            okText="恢复"
            onConfirm={() => use(null)}
          >
            <Button icon={<RollbackOutlined />} loading={busy === 'restore'} data-testid="template-restore">
              恢复默认模板
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {exported && (
        <Alert
          type="success"
          showIcon
          title="默认模板已导出"
          data-testid="template-exported"
          description={
            <>
              已保存到文件夹：
              <Typography.Text copyable code style={{ wordBreak: 'break-all' }}>
                {exported.directory}
              </Typography.Text>
              <br />
              用记事本等文本编辑器打开其中的 template.json
              修改（修改方法见同一文件夹中的“说明.txt”），保存后点击「使用此模板」。
            </>
          }
        />
      )}

      <div>
        <Typography.Text strong>模板文件路径</Typography.Text>
        <Space.Compact style={{ width: '100%', marginTop: 4 }}>
          <Input
            value={path}
            onChange={(event) => setPath(event.target.value)}
            placeholder="例如 D:\证书模板\template.json"
            allowClear
            data-testid="template-path-input"
          />
          <Button
            type="primary"
            disabled={!path.trim()}
            loading={busy === 'use'}
            onClick={() => void use(path)}
            data-testid="template-use"
          >
            使用此模板
          </Button>
        </Space.Compact>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          填写模板文件（template.json）或其所在文件夹的完整路径。程序会先检查模板，有错误时不会采用。
        </Typography.Text>
      </div>
      <ProblemList title="模板有误，未采用（仍使用原来的模板）" problems={problems} />
    </Flex>
  );
}
