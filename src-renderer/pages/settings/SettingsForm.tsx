import { App, Button, Card, Form, Input, InputNumber, Radio, Select, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { paperSizes, type Printer, type Settings } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { messageOf } from '../../components/error-message.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';

/** The form keeps an empty printer as '' (the system's default printer is null in the settings). */
type Values = Omit<Settings, 'printerName'> & { printerName: string };

const serverUrlRule = {
  validator: (_: unknown, value: string | undefined) => {
    if (!value?.trim()) return Promise.resolve();
    try {
      const url = new URL(value.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return Promise.resolve();
    } catch {
      // Falls through to the message below.
    }
    return Promise.reject(new Error('请输入以 http:// 或 https:// 开头的服务器地址'));
  },
};

/** 设置: the sync server, the certificate printer and paper, how often to sync, the prefetch budget. */
export function SettingsForm() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [loaded, setLoaded] = useState<Settings | null>(null);
  const [printers, setPrinters] = useState<Printer[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.settingsGet().then(setLoaded, (error: unknown) => message.error(messageOf(error)));
    api.printersList().then(setPrinters, (error: unknown) => message.error(messageOf(error)));
  }, [message]);

  const save = async (values: Values) => {
    setBusy(true);
    try {
      const saved = await api.settingsSet({
        serverUrl: values.serverUrl?.trim() || null,
        printerName: values.printerName.trim() || null,
        paperSize: values.paperSize,
        orientation: values.orientation,
        syncIntervalSeconds: values.syncIntervalSeconds,
        prefetchBudgetMb: values.prefetchBudgetMb,
      });
      setLoaded(saved);
      message.success('设置已保存');
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  if (!loaded) return <Skeleton active />;
  return (
    <Card title="同步与打印" size="small">
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 6 }}
        wrapperCol={{ span: 14 }}
        initialValues={{ ...loaded, printerName: loaded.printerName ?? '' }}
        onFinish={save}
        data-testid="settings-form"
      >
        <Form.Item
          name="serverUrl"
          label="服务器地址"
          rules={[serverUrlRule]}
          extra="同步服务的地址，例如 https://ce.example.gov.cn/api/v1"
        >
          <Input placeholder="https://" allowClear />
        </Form.Item>
        <Form.Item name="printerName" label="证书打印机" extra="证书打印页面默认使用此打印机">
          <Select
            showSearch
            data-testid="settings-printer"
            options={printerOptions(printers, loaded.printerName)}
            style={{ width: 320 }}
          />
        </Form.Item>
        <Form.Item name="paperSize" label="纸张大小">
          <Select options={paperSizes.map((size) => ({ value: size, label: size }))} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="orientation" label="纸张方向">
          <Radio.Group
            options={[
              { value: 'landscape', label: '横向' },
              { value: 'portrait', label: '纵向' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="syncIntervalSeconds"
          label="自动同步间隔"
          rules={[
            { required: true, type: 'integer', min: 30, max: 86_400, message: '同步间隔须为 30 到 86400 秒' },
          ]}
        >
          <InputNumber min={30} max={86_400} step={30} suffix="秒" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="prefetchBudgetMb"
          label="附件预下载空间"
          rules={[
            {
              required: true,
              type: 'integer',
              min: 0,
              max: 100_000,
              message: '预下载空间须为 0 到 100000 MB',
            },
          ]}
          extra="待审核申报的扫描件提前下载到本机，离线时也能查看"
        >
          <InputNumber min={0} max={100_000} step={100} suffix="MB" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item wrapperCol={{ offset: 6 }}>
          <Button type="primary" htmlType="submit" loading={busy}>
            保存设置
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** The system's printers, '' for the default one, and the saved printer even while it is not installed. */
function printerOptions(printers: readonly Printer[], saved: string | null) {
  const options = [
    { value: '', label: '系统默认打印机' },
    ...printers.map((printer) => ({
      value: printer.name,
      label: `${printer.name}${printer.isDefault ? '（默认）' : ''}${printer.ready ? '' : '（未就绪）'}`,
    })),
  ];
  if (saved && !printers.some((printer) => printer.name === saved))
    options.push({ value: saved, label: `${saved}（当前不可用）` });
  return options;
}
