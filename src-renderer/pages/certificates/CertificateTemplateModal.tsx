/*
 * CertificateTemplateModal (证书模板): the unit's certificate template on this PC. Shows whether the
 * shipped or the unit's own template prints, exports the shipped one to edit, takes the unit's
 * template by its path, edits the common values in place, goes back to the shipped one, and previews
 * the template in use on sample data.
 */
import { Alert, Col, Divider, Modal, Row, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import type {
  CertificateTemplateStatus,
  CertificatesPreviewInput,
} from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { messageOf } from '../../components/error-message.ts';
import { TemplateChooser } from './TemplateChooser.tsx';
import { TemplateCommonForm } from './TemplateCommonForm.tsx';
import { TemplatePdfPreview } from './TemplatePdfPreview.tsx';

export interface CertificateTemplateModalProps {
  open: boolean;
  onClose(): void;
  /** The year and paper the preview uses (the 证书打印 screen's). */
  preview: Omit<CertificatesPreviewInput, 'staffId'>;
}

type Loaded = { status: CertificateTemplateStatus } | { error: string };

export function CertificateTemplateModal({ open, onClose, preview }: CertificateTemplateModalProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  /** Bumped after each change, for the preview and to start the common form from the new values. */
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!open) return;
    let live = true;
    api.certificateTemplateGet().then(
      (status) => live && setLoaded({ status }),
      (error: unknown) => live && setLoaded({ error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [open]);

  const changed = (status: CertificateTemplateStatus) => {
    setLoaded({ status });
    setVersion((n) => n + 1);
  };

  return (
    <Modal
      open={open}
      title="证书模板"
      onCancel={onClose}
      footer={null}
      width={1200}
      destroyOnHidden
      data-testid="certificate-template-modal"
    >
      {loaded === null && <Skeleton active />}
      {loaded && 'error' in loaded && <Alert type="error" showIcon title={loaded.error} />}
      {loaded && 'status' in loaded && (
        <Row gutter={16}>
          <Col xs={24} lg={10}>
            <TemplateChooser status={loaded.status} onChanged={changed} />
            {loaded.status.common && (
              <>
                <Divider titlePlacement="start" plain>
                  常用项
                </Divider>
                <TemplateCommonForm
                  key={version}
                  common={loaded.status.common}
                  custom={loaded.status.custom}
                  onChanged={changed}
                />
              </>
            )}
          </Col>
          <Col xs={24} lg={14}>
            <TemplatePdfPreview request={preview} version={version} />
          </Col>
        </Row>
      )}
    </Modal>
  );
}
