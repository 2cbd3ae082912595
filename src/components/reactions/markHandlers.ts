/**
 * What a mark of the network reports to its graph. The graph owns hover, focus and the
 * keyboard; nodes and edges only say which mark the reader reached and how.
 */
export interface MarkHandlers {
  focus(id: string): void;
  blur(id: string): void;
  /** The pointer entered the mark. */
  enter(id: string): void;
  /** The pointer left the mark. */
  leave(id: string): void;
  /** `id` is the mark's own id; `target` what it opens (an edge opens its reaction). */
  click(event: MouseEvent, id: string, target: string): void;
  keydown(event: KeyboardEvent, id: string, target: string): void;
}
