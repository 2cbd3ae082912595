/**
 * What a key does in the presentation. Clickers send →/PageDown/Space and ←/PageUp; the
 * rest are the usual slide-show keys. Keys are only taken where they would not be missed:
 * inside a view the arrows move between marks, a text field needs every key, and the
 * source panel is a dialog of its own.
 */

export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blank' | 'unblank' | 'notes';

/**
 * Where keyboard focus is: `page` (body or the presentation's text), `control` (one of the
 * presentation's own buttons or links), `view` (inside a figure), `field` (text input),
 * `dialog` (the source panel or any other dialog).
 */
export type FocusZone = 'page' | 'control' | 'view' | 'field' | 'dialog';

export interface KeyState {
  /** The screen is blanked: any key brings it back and does nothing else. */
  blanked: boolean;
  zone: FocusZone;
  /** Shift is held (Shift+Space goes back, as in slide software). */
  shift?: boolean;
  /** Ctrl, Alt or Meta is held: the browser's and the system's shortcuts win. */
  modified?: boolean;
}

const KEYS: Record<string, PresentAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  n: 'notes',
  N: 'notes',
};

/** The action for `key` (a KeyboardEvent.key) in `state`, or null to leave the key alone. */
export function keyAction(key: string, state: KeyState): PresentAction | null {
  if (state.blanked) return 'unblank';
  if (state.modified) return null;
  const action = KEYS[key] ?? null;
  if (!action) return null;
  switch (state.zone) {
    case 'field':
    case 'dialog':
      return null;
    case 'view':
      // A clicker only sends these, and no view uses them: the lesson goes on after a mark was clicked.
      return key === 'PageDown' || key === 'PageUp' ? action : null;
    case 'control':
      // Space and Enter press the focused button itself.
      if (key === ' ' || key === 'Spacebar') return null;
      break;
    case 'page':
      break;
  }
  if (action === 'next' && state.shift && (key === ' ' || key === 'Spacebar')) return 'prev';
  return action;
}

/** The step an action leads to (1-based), or the same step when it does not move. */
export function stepAfter(action: PresentAction, step: number, total: number): number {
  switch (action) {
    case 'next':
      return Math.min(total, step + 1);
    case 'prev':
      return Math.max(1, step - 1);
    case 'first':
      return 1;
    case 'last':
      return Math.max(1, total);
    default:
      return step;
  }
}
