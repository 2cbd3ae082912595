/**
 * Zoom and pan for the timeline plot, as one attachment that only writes the visible window
 * back through `onchange`. Ctrl/⌘ + wheel (and trackpad pinch, which browsers report as
 * ctrl + wheel) zooms at the pointer, horizontal wheel pans, a plain vertical wheel is left to
 * scroll the page. One pointer drags to pan, two pinch to zoom. The plot sets
 * `touch-action: pan-y`, so a vertical finger swipe still scrolls the page.
 */
import type { Attachment } from 'svelte/attachments';
import { panDomain, zoomDomain, type Domain } from '../../lib/layout/timeline.ts';

export interface ZoomPanOptions {
  /** The window now shown; read when a gesture moves. */
  domain: () => Domain;
  /** The widest window allowed (the whole story). */
  extent: () => Domain;
  /** Receives the new window. */
  onchange: (domain: Domain) => void;
  /** Called when a plain wheel is left to the page, so the component can say how to zoom. */
  onwheelhint?: () => void;
}

/** Movement before a press becomes a drag; below it, a click on an event still opens it. */
const DRAG_THRESHOLD = 4;

export function zoomPan(options: ZoomPanOptions): Attachment<HTMLElement> {
  return (node) => {
    const pointers = new Map<number, { x: number; y: number }>();
    let startX = 0;
    let lastX = 0;
    let dragging = false;
    let pinchDistance = 0;
    let swallowClick = false;

    // Measured on screen, never from layout units: the chart spans the plot's full drawn width
    // whatever its viewBox (the projector theme lays out narrower and scales up), so a fraction
    // of that box and milliseconds per screen pixel hold at every scale.
    const box = () => node.getBoundingClientRect();
    const fraction = (clientX: number) => {
      const b = box();
      return b.width > 0 ? Math.min(1, Math.max(0, (clientX - b.left) / b.width)) : 0.5;
    };
    const msPerPx = () => {
      const [d0, d1] = options.domain();
      return (d1 - d0) / Math.max(1, box().width);
    };
    const spread = () => {
      const [a, b] = [...pointers.values()];
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    };

    function onwheel(e: WheelEvent) {
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? box().height : 1;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        options.onchange(zoomDomain(options.domain(), Math.exp((-e.deltaY * unit) / 200), fraction(e.clientX), options.extent()));
      } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        options.onchange(panDomain(options.domain(), e.deltaX * unit * msPerPx(), options.extent()));
      } else {
        options.onwheelhint?.();
      }
    }

    function onpointerdown(e: PointerEvent) {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      swallowClick = false;
      startX = lastX = e.clientX;
      if (pointers.size === 2) {
        pinchDistance = spread();
        dragging = true;
        for (const id of pointers.keys()) node.setPointerCapture?.(id);
      }
    }

    function onpointermove(e: PointerEvent) {
      const p = pointers.get(e.pointerId);
      if (!p) return;
      p.x = e.clientX;
      p.y = e.clientY;
      if (pointers.size >= 2) {
        const distance = spread();
        if (pinchDistance > 0 && distance > 0) {
          const [a, b] = [...pointers.values()];
          options.onchange(zoomDomain(options.domain(), distance / pinchDistance, fraction((a!.x + b!.x) / 2), options.extent()));
        }
        pinchDistance = distance;
        return;
      }
      if (!dragging && Math.abs(e.clientX - startX) > DRAG_THRESHOLD) {
        dragging = true;
        node.setPointerCapture?.(e.pointerId);
      }
      if (dragging) {
        options.onchange(panDomain(options.domain(), (lastX - e.clientX) * msPerPx(), options.extent()));
        lastX = e.clientX;
      }
    }

    function onpointerend(e: PointerEvent) {
      if (!pointers.delete(e.pointerId)) return;
      if (dragging) swallowClick = e.type === 'pointerup';
      if (pointers.size === 0) dragging = false;
      pinchDistance = spread();
    }

    // A drag that ends over an event must not also open it.
    function onclick(e: MouseEvent) {
      if (!swallowClick) return;
      swallowClick = false;
      e.stopPropagation();
      e.preventDefault();
    }

    node.addEventListener('wheel', onwheel, { passive: false });
    node.addEventListener('pointerdown', onpointerdown);
    node.addEventListener('pointermove', onpointermove);
    node.addEventListener('pointerup', onpointerend);
    node.addEventListener('pointercancel', onpointerend);
    node.addEventListener('click', onclick, true);
    return () => {
      node.removeEventListener('wheel', onwheel);
      node.removeEventListener('pointerdown', onpointerdown);
      node.removeEventListener('pointermove', onpointermove);
      node.removeEventListener('pointerup', onpointerend);
      node.removeEventListener('pointercancel', onpointerend);
      node.removeEventListener('click', onclick, true);
    };
  };
}
