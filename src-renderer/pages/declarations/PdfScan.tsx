/*
 * PdfScan: a PDF scan rendered inline, page by page onto canvases, with the same zoom and rotation as
 * images. 适应宽度 fits the first page to the panel. Sharp on high-DPI screens: canvases are drawn at
 * the device's pixel ratio.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { bytesOfDataUrl, openPdf, type PDFDocumentProxy, type PDFPageProxy } from './pdf-document.ts';
import { useZoom } from './use-zoom.ts';
import { ZoomBar } from './ZoomBar.tsx';

/** More pages than a proof has; a huge file shows its first pages and offers the download. */
const MAX_PAGES = 30;
/** The panel's padding around the pages. */
const GUTTER = 16;

export function PdfScan({ dataUrl, fileName }: { dataUrl: string; fileName: string }) {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pageWidth, setPageWidth] = useState<number | null>(null);
  const [panelWidth, setPanelWidth] = useState(0);
  const [rotation, setRotation] = useState(0);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    const opened = openPdf(bytesOfDataUrl(dataUrl));
    opened.document
      .then(async (loaded) => {
        const first = await loaded.getPage(1);
        if (!live) return;
        setPageWidth(first.getViewport({ scale: 1 }).width);
        setPdf(loaded);
      })
      .catch(() => live && setProblem('无法显示此 PDF 文件，请下载后查看'));
    return () => {
      live = false;
      opened.close();
    };
  }, [dataUrl]);

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setPanelWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [pdf]);

  const fitScale = () => (pageWidth && panelWidth ? Math.max(0.1, (panelWidth - GUTTER * 2) / pageWidth) : 1);
  const zoom = useZoom(fitScale);
  const scale = zoom.scale(fitScale());
  const download = (
    <Button size="small" icon={<DownloadOutlined />} href={dataUrl} download={fileName}>
      下载
    </Button>
  );

  if (problem) return <Alert type="warning" showIcon title={problem} action={download} />;
  return (
    <Flex vertical gap={8} data-testid="scan-viewer">
      <ZoomBar
        scale={scale}
        onZoomIn={() => zoom.zoomIn(fitScale())}
        onZoomOut={() => zoom.zoomOut(fitScale())}
        onFit={zoom.fit}
        onRotate={() => setRotation((r) => (r + 90) % 360)}
        extra={
          <>
            {pdf && (
              <Typography.Text type="secondary">
                PDF，共 {pdf.numPages} 页{pdf.numPages > MAX_PAGES && `，显示前 ${MAX_PAGES} 页`}
              </Typography.Text>
            )}
            {download}
          </>
        }
      />
      <div
        ref={panel}
        style={{ overflow: 'auto', maxHeight: 560, border: '1px solid #f0f0f0', background: '#e8e8e8' }}
        data-testid="pdf-scan"
      >
        {!pdf ? (
          <Skeleton.Image active style={{ width: 320, height: 200, margin: GUTTER }} />
        ) : (
          <Flex
            vertical
            align="center"
            gap={GUTTER}
            style={{ padding: GUTTER, width: 'max-content', minWidth: '100%' }}
          >
            {Array.from({ length: Math.min(pdf.numPages, MAX_PAGES) }, (_, index) => (
              <PdfPage key={index} pdf={pdf} number={index + 1} scale={scale} rotation={rotation} />
            ))}
          </Flex>
        )}
      </div>
    </Flex>
  );
}

interface PdfPageProps {
  pdf: PDFDocumentProxy;
  number: number;
  scale: number;
  rotation: number;
}

/** One page on a canvas, drawn again (the previous drawing cancelled) when the zoom or rotation changes. */
function PdfPage({ pdf, number, scale, rotation }: PdfPageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    const target = canvas.current;
    if (!target) return;
    let live = true;
    let cancel = () => {};
    setRendered(false);
    pdf
      .getPage(number)
      .then((page: PDFPageProxy) => {
        if (!live) return;
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale, rotation });
        target.width = Math.floor(viewport.width * ratio);
        target.height = Math.floor(viewport.height * ratio);
        target.style.width = `${Math.floor(viewport.width)}px`;
        target.style.height = `${Math.floor(viewport.height)}px`;
        const task = page.render({
          canvas: target,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
        });
        cancel = () => task.cancel();
        return task.promise.then(() => live && setRendered(true));
      })
      // A cancelled drawing rejects; the next one follows.
      .catch(() => {});
    return () => {
      live = false;
      cancel();
    };
  }, [pdf, number, scale, rotation]);

  return (
    <canvas
      ref={canvas}
      aria-label={`第 ${number} 页`}
      data-testid="pdf-page"
      data-rendered={rendered ? 'true' : 'false'}
      style={{ background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,0.2)', display: 'block' }}
    />
  );
}
