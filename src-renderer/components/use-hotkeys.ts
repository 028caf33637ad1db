/*
 * useHotkeys: single-key shortcuts for screens worked through with the keyboard.
 *
 *   useHotkeys({ a: approve, r: openReject, j: next, k: previous, ArrowDown: next }, drawerOpen);
 *
 * Keys are KeyboardEvent.key values (letters in lower case). Keys typed into a text box or a text area
 * (not a checkbox, nor the read-only box of a non-searchable select), or pressed with Ctrl, Alt or
 * Meta, are left alone.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

export type Hotkeys = Record<string, () => void>;

const NOT_TYPED_INTO = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color']);

function typingInto(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !target.readOnly && !NOT_TYPED_INTO.has(target.type);
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

export function useHotkeys(bindings: Hotkeys, enabled = true): void {
  const current = useRef({ bindings, enabled });
  // Set as the screen commits, not in an effect: React may run effects in a later task, and a key
  // pressed in between must act on what the screen shows (the row under the cursor), not what it showed.
  useLayoutEffect(() => {
    current.current = { bindings, enabled };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!current.current.enabled) return;
      if (event.ctrlKey || event.altKey || event.metaKey || typingInto(event.target)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const action = current.current.bindings[key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
