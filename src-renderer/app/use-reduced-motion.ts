/*
 * useReducedMotion: whether the system asks for less motion (Windows: 设置 › 辅助功能 › 视觉效果 ›
 * 动画效果 off; the browser's prefers-reduced-motion), followed as it changes. The console then opens
 * dialogs, drawers and menus without their zoom and slide animations.
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(changed: () => void): () => void {
  const query = window.matchMedia(QUERY);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

const reducedMotion = () => window.matchMedia(QUERY).matches;

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, reducedMotion);
}
