import type { Attachment } from 'svelte/attachments';
import type { MarkFocus } from '../../lib/state/markFocus.svelte.ts';

/**
 * Feeds what the reader does over a view's marks into its MarkFocus: attached to the element
 * that holds them, it hears focus and the pointer for the whole view (a mark is the nearest
 * element with `data-<key>`), so the marks themselves need no handlers for it. A touch shows
 * no tooltip: the tap opens the mark at once.
 *
 * Escape hides the tooltip before anything else hears the key: taken on the window in the
 * capture phase, ahead of the page's own Escape (clear the selection). Only while focus is in
 * the view or nowhere: a dialog's, a menu's or the search box's Escape is theirs.
 */
export function markEvents(marks: MarkFocus<unknown>, key = 'id'): Attachment<HTMLElement> {
  return (view) => {
    const idOf = (event: Event) => (event.target as Element).closest?.(`[data-${key}]`)?.getAttribute(`data-${key}`) ?? null;
    const on: Record<string, (event: never) => void> = {
      focusin(event: FocusEvent) {
        const id = idOf(event);
        if (id) marks.focus(id);
      },
      focusout(event: FocusEvent) {
        const id = idOf(event);
        if (id) marks.blur(id);
      },
      pointerover(event: PointerEvent) {
        if (event.pointerType !== 'touch') marks.hover(idOf(event));
      },
      pointerleave: () => marks.hover(null),
    };
    const onescape = (event: KeyboardEvent) => {
      const active = document.activeElement;
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (active && active !== document.body && !view.contains(active)) return;
      if (marks.dismiss()) event.preventDefault();
    };
    for (const type in on) view.addEventListener(type, on[type] as EventListener);
    addEventListener('keydown', onescape, true);
    return () => {
      for (const type in on) view.removeEventListener(type, on[type] as EventListener);
      removeEventListener('keydown', onescape, true);
    };
  };
}
