import { ExpandOutlined, RotateRightOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface ZoomBarProps {
  /** The share of the scan's own size shown now. */
  scale: number;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onRotate(): void;
  extra?: ReactNode;
}

/** The scan's zoom buttons, the same for images and PDFs. */
export function ZoomBar({ scale, onZoomIn, onZoomOut, onFit, onRotate, extra }: ZoomBarProps) {
  return (
    <Space>
      <Tooltip title="缩小（−）">
        <Button size="small" icon={<ZoomOutOutlined />} onClick={onZoomOut} aria-label="缩小" />
      </Tooltip>
      <Typography.Text
        style={{ width: 44, display: 'inline-block', textAlign: 'center' }}
        data-testid="scan-zoom"
      >
        {Math.round(scale * 100)}%
      </Typography.Text>
      <Tooltip title="放大（+）">
        <Button size="small" icon={<ZoomInOutlined />} onClick={onZoomIn} aria-label="放大" />
      </Tooltip>
      <Tooltip title="适应宽度">
        <Button size="small" icon={<ExpandOutlined />} onClick={onFit} aria-label="适应宽度" />
      </Tooltip>
      <Tooltip title="旋转">
        <Button size="small" icon={<RotateRightOutlined />} onClick={onRotate} aria-label="旋转" />
      </Tooltip>
      {extra}
    </Space>
  );
}
