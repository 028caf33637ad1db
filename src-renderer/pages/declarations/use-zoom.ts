/*
 * useZoom: the zoom of a scan, either 适应宽度 ('fit': the panel's width) or a share of the scan's own
 * size, stepped by the buttons or by + and −.
 *
 *   const zoom = useZoom();
 *   zoom.scale(fitScale);   // the share shown now, given what 'fit' amounts to
 *   zoom.zoomIn(fitScale);  zoom.zoomOut(fitScale);  zoom.fit();
 */
import { useState } from 'react';
import { useHotkeys } from '../../components/use-hotkeys.ts';

const ZOOM_STEPS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4];

export interface Zoom {
  /** 'fit' or the chosen share. */
  value: number | 'fit';
  scale(fitScale: number): number;
  zoomIn(fitScale: number): void;
  zoomOut(fitScale: number): void;
  fit(): void;
}

export function useZoom(fitScaleNow: () => number): Zoom {
  const [value, setValue] = useState<number | 'fit'>('fit');
  const scale = (fitScale: number) => (value === 'fit' ? fitScale : value);
  const step = (direction: 1 | -1, fitScale: number) => {
    const now = scale(fitScale);
    const next =
      direction > 0
        ? ZOOM_STEPS.find((s) => s > now + 0.01)
        : [...ZOOM_STEPS].reverse().find((s) => s < now - 0.01);
    setValue(next ?? (direction > 0 ? ZOOM_STEPS.at(-1)! : ZOOM_STEPS[0]!));
  };
  const zoomIn = (fitScale: number) => step(1, fitScale);
  const zoomOut = (fitScale: number) => step(-1, fitScale);
  useHotkeys({
    '+': () => zoomIn(fitScaleNow()),
    '=': () => zoomIn(fitScaleNow()),
    '-': () => zoomOut(fitScaleNow()),
  });
  return { value, scale, zoomIn, zoomOut, fit: () => setValue('fit') };
}
