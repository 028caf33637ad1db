/*
 * ScanViewer: the declaration's scan, shown inline. Images zoom (buttons, or + and −) and rotate; other
 * files (PDF, ZIP) are offered for download, as the page has no PDF renderer yet.
 */
import {
  DownloadOutlined,
  ExpandOutlined,
  RotateRightOutlined,
  ZoomInOutlined,
  ZoomOutOutlined,
} from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useHotkeys } from '../../components/use-hotkeys.ts';
import { useCoreData } from '../../components/use-core-data.ts';

const ZOOM_STEPS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4];

export function ScanViewer({ declarationId, fileName }: { declarationId: string; fileName: string }) {
  const scan = useCoreData(() => api.declarationsScan({ declarationId }), declarationId);
  if (scan.error)
    return <Alert type="warning" showIcon title="扫描件暂时无法查看" description={scan.error} />;
  if (!scan.data) return <Skeleton.Image active style={{ width: 320, height: 200 }} />;
  const { mediaType, dataUrl, size } = scan.data;
  if (mediaType.startsWith('image/')) return <ZoomableImage src={dataUrl} />;
  return (
    <Alert
      type="info"
      showIcon
      title={`${mediaType === 'application/pdf' ? 'PDF 文件' : '压缩包'}（${Math.ceil(size / 1024)} KB）`}
      description="此类扫描件请下载后查看。"
      action={
        <Button icon={<DownloadOutlined />} href={dataUrl} download={fileName}>
          下载
        </Button>
      }
    />
  );
}

/** At 适应宽度 the image fills the panel's width; otherwise it is shown at that share of its own size. */
function ZoomableImage({ src }: { src: string }) {
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [rotation, setRotation] = useState(0);
  const [natural, setNatural] = useState<{ width: number; shown: number } | null>(null);
  const current = () => (zoom === 'fit' ? (natural ? natural.shown / natural.width : 1) : zoom);
  const step = (direction: 1 | -1) => {
    const now = current();
    const next =
      direction > 0
        ? ZOOM_STEPS.find((s) => s > now + 0.01)
        : [...ZOOM_STEPS].reverse().find((s) => s < now - 0.01);
    setZoom(next ?? (direction > 0 ? ZOOM_STEPS.at(-1)! : ZOOM_STEPS[0]!));
  };
  const zoomIn = () => step(1);
  const zoomOut = () => step(-1);
  useHotkeys({ '+': zoomIn, '=': zoomIn, '-': zoomOut });
  return (
    <Flex vertical gap={8} data-testid="scan-viewer">
      <Space>
        <Tooltip title="缩小（−）">
          <Button size="small" icon={<ZoomOutOutlined />} onClick={zoomOut} aria-label="缩小" />
        </Tooltip>
        <Typography.Text style={{ width: 44, display: 'inline-block', textAlign: 'center' }}>
          {Math.round(current() * 100)}%
        </Typography.Text>
        <Tooltip title="放大（+）">
          <Button size="small" icon={<ZoomInOutlined />} onClick={zoomIn} aria-label="放大" />
        </Tooltip>
        <Tooltip title="适应宽度">
          <Button
            size="small"
            icon={<ExpandOutlined />}
            onClick={() => setZoom('fit')}
            aria-label="适应宽度"
          />
        </Tooltip>
        <Tooltip title="旋转">
          <Button
            size="small"
            icon={<RotateRightOutlined />}
            onClick={() => setRotation((r) => (r + 90) % 360)}
            aria-label="旋转"
          />
        </Tooltip>
      </Space>
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
            ...(zoom === 'fit'
              ? { width: '100%' }
              : { width: (natural?.width ?? 0) * zoom, maxWidth: 'none' }),
            transform: rotation ? `rotate(${rotation}deg)` : undefined,
          }}
        />
      </div>
    </Flex>
  );
}
