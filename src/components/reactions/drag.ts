/**
 * Pointer dragging for an SVG mark, as one attachment: it only reports where the pointer
 * wants the mark to be; the caller clamps and stores the position, and edges follow from
 * that state. Dragging starts only on the mark itself (its CSS sets touch-action: none),
 * so a swipe anywhere else still scrolls the page.
 */
import type { Attachment } from 'svelte/attachments';

export interface DragOptions {
  /** The mark's current position, in SVG user units. */
  position: () => { x: number; y: number };
  /** Receives the wanted position while dragging. */
  onmove: (p: { x: number; y: number }) => void;
}

/** Movement in screen pixels below which a press still counts as a click, not a drag. */
const THRESHOLD = 3;

export function draggable(options: DragOptions): Attachment<SVGGraphicsElement> {
  return (element) => {
    let start: { id: number; px: number; py: number; x: number; y: number; k: number } | null = null;
    let dragging = false;
    // A drag ends with a click on the mark; that click must not also pin its detail.
    let swallowClicksUntil = 0;

    // SVG user units per screen pixel: the projector theme draws the graph larger than its viewBox.
    const scale = () => {
      const svg = element.ownerSVGElement;
      const box = svg?.getBoundingClientRect();
      const vb = svg?.viewBox?.baseVal;
      return box && vb && box.width > 0 && vb.width > 0 ? vb.width / box.width : 1;
    };
    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      const p = options.position();
      start = { id: e.pointerId, px: e.clientX, py: e.clientY, x: p.x, y: p.y, k: scale() };
      dragging = false;
      element.setPointerCapture?.(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      const dx = (e.clientX - start.px) * start.k;
      const dy = (e.clientY - start.py) * start.k;
      if (!dragging && Math.hypot(e.clientX - start.px, e.clientY - start.py) < THRESHOLD) return;
      dragging = true;
      e.preventDefault();
      options.onmove({ x: start.x + dx, y: start.y + dy });
    };
    const end = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      if (element.hasPointerCapture?.(e.pointerId)) element.releasePointerCapture(e.pointerId);
      if (dragging) swallowClicksUntil = performance.now() + 500;
      start = null;
      dragging = false;
    };
    const click = (e: MouseEvent) => {
      if (performance.now() < swallowClicksUntil) {
        swallowClicksUntil = 0;
        e.stopImmediatePropagation();
        e.preventDefault();
      }
    };

    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', end);
    element.addEventListener('pointercancel', end);
    element.addEventListener('click', click, { capture: true });
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', end);
      element.removeEventListener('pointercancel', end);
      element.removeEventListener('click', click, { capture: true });
    };
  };
}
