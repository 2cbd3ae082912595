/**
 * Which mark of a view the reader is on, and so which tooltip shows: the state the timeline,
 * the stance matrix and the reaction network share for hover, keyboard focus, the roving Tab
 * stop and Escape, so that all three behave alike. A mark is an id (an event or bin, a cell's
 * key, a node or line). The view reports pointer and focus here and draws `tooltip` at
 * `target`; the keys come through components/shared/dismissOnEscape.ts (this file has no DOM).
 */
export class MarkFocus<T> {
  /** The mark that has keyboard focus, while it has it. */
  focused = $state<string | null>(null);
  /** The mark last focused or clicked: the view's one Tab stop while it is drawn (`tabStop`). */
  current = $state<string | null>(null);
  /** The mark under the pointer. */
  #hovered = $state<string | null>(null);
  /** Escape hid the tooltip: hidden until the pointer or focus reaches another mark. */
  #dismissed = $state(false);
  readonly #place: (id: string) => T | null | undefined;

  /**
   * @param place What a mark's tooltip shows and where, from the view's layout; null when
   *   there is none to show (the mark is not drawn, or the source panel says it all).
   */
  constructor(place: (id: string) => T | null | undefined) {
    this.#place = place;
  }

  /** The mark whose tooltip shows: the pointer's, else keyboard focus's. */
  get target(): string | null {
    const id = this.#dismissed ? null : (this.#hovered ?? this.focused);
    return id !== null && this.#place(id) != null ? id : null;
  }

  /** What the view draws for the target, and where. */
  get tooltip(): T | null {
    const id = this.target;
    return id === null ? null : this.#place(id)!;
  }

  /** The pointer reached a mark, or left them all (null). */
  hover(id: string | null): void {
    // A mark's parts repeat pointerover: only another mark undoes an Escape.
    if (id === this.#hovered) return;
    this.#hovered = id;
    if (id !== null) this.#dismissed = false;
  }

  /** Keyboard focus reached a mark. */
  focus(id: string): void {
    this.current = id;
    if (id === this.focused) return;
    this.focused = id;
    this.#dismissed = false;
  }

  /** Focus left a mark. */
  blur(id: string): void {
    if (this.focused === id) this.focused = null;
  }

  /** Escape: hides the tooltip. True when one showed, so the key stops there. */
  dismiss(): boolean {
    if (this.target === null) return false;
    this.#dismissed = true;
    return true;
  }

  /** The one Tab stop: the current mark while the view `has` it, else `fallback`. */
  tabStop(has: (id: string) => boolean, fallback: string | null | undefined): string | null {
    return this.current !== null && has(this.current) ? this.current : (fallback ?? null);
  }
}
