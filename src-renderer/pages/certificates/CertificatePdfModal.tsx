/*
 * CertificatePdfModal: the certificate exactly as it will print, drawn by the core (PDFKit, the unit's
 * template and fonts) and shown by the browser's own PDF viewer. Without a person it shows sample data
 * with rare characters, to check the template and fonts. A certificate with characters no font has
 * is not drawn: the modal says which.
 */
import { Alert, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { CertificatePreview, CertificatesPreviewInput } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { messageOf } from '../../components/error-message.ts';
import { pdfUrl } from './pdf-url.ts';

export interface CertificatePdfModalProps {
  /** What to preview; null while closed. */
  request: (CertificatesPreviewInput & { name?: string }) | null;
  onClose(): void;
}

type Shown = { preview: CertificatePreview; url: string | null } | { error: string };

export function CertificatePdfModal({ request, onClose }: CertificatePdfModalProps) {
  /** The answer and the request it answers: another request shows the spinner until its answer. */
  const [answer, setAnswer] = useState<{ key: string; shown: Shown } | null>(null);
  const key = request && JSON.stringify(request);
  const shown = answer && answer.key === key ? answer.shown : null;

  useEffect(() => {
    if (!key) return;
    const { name: _name, ...input } = JSON.parse(key) as NonNullable<typeof request>;
    let live = true;
    let url: string | null = null;
    api
      .certificatesPreview(input)
      .then((preview) => {
        url = preview.pdfBase64 ? pdfUrl(preview.pdfBase64) : null;
        if (live) setAnswer({ key, shown: { preview, url } });
      })
      .catch((error: unknown) => live && setAnswer({ key, shown: { error: messageOf(error) } }));
    return () => {
      live = false;
      // The same request again must not show the revoked address while it loads.
      setAnswer(null);
      if (url) URL.revokeObjectURL(url);
    };
  }, [key]);

  const title = request?.staffId ? `证书预览：${request.name ?? ''}` : '证书预览（示例数据）';
  return (
    <Modal
      open={request !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      width={1000}
      destroyOnHidden
      data-testid="certificate-pdf-modal"
    >
      {shown === null && (
        <Spin tip="正在生成预览…">
          <div style={{ height: 560 }} />
        </Spin>
      )}
      {shown && 'error' in shown && <Alert type="error" showIcon title={shown.error} />}
      {shown && 'preview' in shown && (
        <>
          {shown.preview.message && (
            <Alert type="error" showIcon title="缺少字形" description={shown.preview.message} />
          )}
          {shown.url && (
            <iframe
              title="证书 PDF 预览"
              src={shown.url}
              style={{ width: '100%', height: 600, border: '1px solid #f0f0f0' }}
              data-testid="certificate-pdf"
            />
          )}
        </>
      )}
    </Modal>
  );
}
