/**
 * Which kind of place keyboard focus is in, for the presentation's keys (see
 * lib/present/keys.ts). Views are wrapped in `[data-present-view]`; everything else that can
 * take focus on the presentation page is its own control.
 */
import type { FocusZone } from '../../lib/present/keys.ts';

const FIELD = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
const CONTROL = 'button, a[href], summary, [role="button"], [role="link"], [role="tab"]';

export function focusZone(target: EventTarget | null): FocusZone {
  if (!target || typeof (target as Element).closest !== 'function') return 'page';
  const el = target as Element;
  if (el === el.ownerDocument.body || el === el.ownerDocument.documentElement) return 'page';
  if (el.closest('dialog, [role="dialog"], [role="alertdialog"]')) return 'dialog';
  if (el.closest(FIELD)) return 'field';
  if (el.closest('[data-present-view]')) return 'view';
  if (el.closest(CONTROL)) return 'control';
  return 'page';
}
