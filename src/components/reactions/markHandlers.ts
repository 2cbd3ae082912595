/**
 * What a mark of the network reports to its graph. The graph owns the keyboard (and hears
 * hover and focus itself, through markEvents); nodes and edges only say which mark the
 * reader clicked or keyed and what it opens.
 */
export interface MarkHandlers {
  /** `id` is the mark's own id; `target` what it opens (an edge opens its reaction). */
  click(event: MouseEvent, id: string, target: string): void;
  keydown(event: KeyboardEvent, id: string, target: string): void;
}
