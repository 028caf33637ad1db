/*
 * TemplatePdfPreview: the template in use drawn by the core on sample data (rare characters such as
 * 𠮷 included), shown inline by the browser's PDF viewer. `version` changes after every template
 * change, and 刷新预览 picks up edits made in a text editor.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { CertificatesPreviewInput } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { messageOf } from '../../components/error-message.ts';
import { pdfUrl } from './pdf-url.ts';

export interface TemplatePdfPreviewProps {
  request: Omit<CertificatesPreviewInput, 'staffId'>;
  /** Bumped after each template change. */
  version: number;
}

type Shown = { url: string | null; message: string | null } | { error: string };

export function TemplatePdfPreview({ request, version }: TemplatePdfPreviewProps) {
  const [refreshes, setRefreshes] = useState(0);
  const key = JSON.stringify([request, version, refreshes]);
  const [answer, setAnswer] = useState<{ key: string; shown: Shown } | null>(null);
  const shown = answer?.key === key ? answer.shown : null;

  useEffect(() => {
    const [input] = JSON.parse(key) as [TemplatePdfPreviewProps['request']];
    let live = true;
    let url: string | null = null;
    api
      .certificatesPreview(input)
      .then((preview) => {
        url = preview.pdfBase64 ? pdfUrl(preview.pdfBase64) : null;
        // The whole page at the frame's width, without the viewer's thumbnails.
        const shownUrl = url && `${url}#navpanes=0&view=FitH`;
        if (live) setAnswer({ key, shown: { url: shownUrl, message: preview.message } });
      })
      .catch((error: unknown) => live && setAnswer({ key, shown: { error: messageOf(error) } }));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [key]);

  return (
    <Card
      size="small"
      title="预览（示例数据）"
      extra={
        <Button
          size="small"
          icon={<ReloadOutlined />}
          onClick={() => setRefreshes((n) => n + 1)}
          data-testid="template-preview-refresh"
        >
          刷新预览
        </Button>
      }
    >
      {shown === null && (
        <Spin tip="正在生成预览…">
          <div style={{ height: 520 }} />
        </Spin>
      )}
      {shown && 'error' in shown && (
        <Alert
          type="error"
          showIcon
          title="无法预览"
          description={shown.error}
          style={{ whiteSpace: 'pre-line' }}
        />
      )}
      {shown && 'url' in shown && shown.message && (
        <Alert type="error" showIcon title="缺少字形" description={shown.message} />
      )}
      {shown && 'url' in shown && shown.url && (
        <iframe
          title="证书模板预览"
          src={shown.url}
          style={{ width: '100%', height: 520, border: '1px solid #f0f0f0' }}
          data-testid="template-pdf"
        />
      )}
    </Card>
  );
}
