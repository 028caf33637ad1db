/*
 * ScanViewer: the declaration's scan, shown inline. Images and PDFs (rendered with pdf.js) zoom
 * (buttons, or + and −) and rotate; a ZIP is offered for download.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useCoreData } from '../../components/use-core-data.ts';
import { PdfScan } from './PdfScan.tsx';
import { useZoom } from './use-zoom.ts';
import { ZoomBar } from './ZoomBar.tsx';

export function ScanViewer({ declarationId, fileName }: { declarationId: string; fileName: string }) {
  const scan = useCoreData(() => api.declarationsScan({ declarationId }), declarationId);
  if (scan.error)
    return <Alert type="warning" showIcon title="扫描件暂时无法查看" description={scan.error} />;
  if (!scan.data) return <Skeleton.Image active style={{ width: 320, height: 200 }} />;
  const { mediaType, dataUrl, size } = scan.data;
  if (mediaType.startsWith('image/')) return <ZoomableImage src={dataUrl} />;
  if (mediaType === 'application/pdf') return <PdfScan dataUrl={dataUrl} fileName={`${fileName}.pdf`} />;
  return (
    <Alert
      type="info"
      showIcon
      title={`压缩包（${Math.ceil(size / 1024)} KB）`}
      description="压缩包请下载后查看。"
      action={
        <Button icon={<DownloadOutlined />} href={dataUrl} download={`${fileName}.zip`}>
          下载
        </Button>
      }
    />
  );
}

/**
 * At 适应宽度 a large image shrinks to the panel's width and a small one keeps its own size (blown up,
 * a photo's pixels only blur); otherwise it is shown at the chosen share of its own size.
 */
function ZoomableImage({ src }: { src: string }) {
  const [rotation, setRotation] = useState(0);
  const [natural, setNatural] = useState<{ width: number; shown: number } | null>(null);
  const fitScale = () => (natural ? natural.shown / natural.width : 1);
  const zoom = useZoom(fitScale);
  return (
    <Flex vertical gap={8} data-testid="scan-viewer">
      <ZoomBar
        scale={zoom.scale(fitScale())}
        onZoomIn={() => zoom.zoomIn(fitScale())}
        onZoomOut={() => zoom.zoomOut(fitScale())}
        onFit={zoom.fit}
        onRotate={() => setRotation((r) => (r + 90) % 360)}
      />
      <div style={{ overflow: 'auto', maxHeight: 520, border: '1px solid #f0f0f0', background: '#fafafa' }}>
        <img
          src={src}
          alt="扫描件"
          onLoad={(event) =>
            setNatural({ width: event.currentTarget.naturalWidth, shown: event.currentTarget.clientWidth })
          }
          style={{
            display: 'block',
            margin: '0 auto',
            ...(zoom.value === 'fit'
              ? { maxWidth: '100%' }
              : { width: (natural?.width ?? 0) * zoom.value, maxWidth: 'none' }),
            transform: rotation ? `rotate(${rotation}deg)` : undefined,
          }}
        />
      </div>
    </Flex>
  );
}
