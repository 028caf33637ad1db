/*
 * useReviewKeys: the keys of every review queue (继续教育信息管理, 审核注册账号), so that an officer
 * learns them once. <ShortcutBar> shows the same list on screen.
 *
 *   useReviewKeys({ next: cursor.next, previous: cursor.previous, open, approve, reject, toggle }, !drawerOpen);
 */
import { useHotkeys } from './use-hotkeys.ts';

export interface ReviewActions {
  next(): void;
  previous(): void;
  /** Opens the row under the cursor in its drawer. */
  open(): void;
  approve(): void;
  reject(): void;
  /** Adds the row under the cursor to the selection, or takes it out. */
  toggle(): void;
}

/** Keys (as KeyboardEvent.key, letters in lower case) → action, with the labels the bar shows. */
export const REVIEW_SHORTCUTS: { keys: string[]; label: string; action: keyof ReviewActions }[] = [
  { keys: ['j', 'ArrowDown'], label: '下一条', action: 'next' },
  { keys: ['k', 'ArrowUp'], label: '上一条', action: 'previous' },
  { keys: ['Enter'], label: '查看详情', action: 'open' },
  { keys: ['a'], label: '通过', action: 'approve' },
  { keys: ['r'], label: '驳回', action: 'reject' },
  { keys: ['x'], label: '选中 / 取消选中', action: 'toggle' },
];

export function useReviewKeys(actions: ReviewActions, enabled: boolean): void {
  const bindings = Object.fromEntries(
    REVIEW_SHORTCUTS.flatMap(({ keys, action }) => keys.map((key) => [key, () => actions[action]()])),
  );
  useHotkeys(bindings, enabled);
}
