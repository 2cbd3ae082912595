import { describe, expect, test } from 'vitest';
import { MarkFocus } from '../../../src/lib/state/markFocus.svelte.ts';

/**
 * What a reader does over a view, as the view reports it (components/shared/markEvents.ts):
 * the pointer reaches a mark or leaves them all, focus reaches or leaves one, Escape, a click
 * (which moves the roving stop), the view's source panel opening or closing, a filter hiding
 * a mark.
 */
type Step =
  | ['hover', string | null]
  | ['focus', string]
  | ['blur', string]
  | ['click', string]
  | ['escape']
  | ['panel', boolean]
  | ['hide', string];

/** A view with marks a, b, c drawn; a mark's tooltip is `tip a`, none while the panel is open. */
function play(steps: Step[]) {
  const drawn = new Set(['a', 'b', 'c']);
  let panel = false;
  const marks = new MarkFocus((id) => (panel || !drawn.has(id) ? null : `tip ${id}`));
  const escapes: boolean[] = [];
  for (const step of steps) {
    if (step[0] === 'hover') marks.hover(step[1]);
    else if (step[0] === 'focus') marks.focus(step[1]);
    else if (step[0] === 'blur') marks.blur(step[1]);
    else if (step[0] === 'click') marks.current = step[1];
    else if (step[0] === 'escape') escapes.push(marks.dismiss());
    else if (step[0] === 'panel') panel = step[1];
    else drawn.delete(step[1]);
  }
  return {
    target: marks.target,
    tooltip: marks.tooltip,
    focused: marks.focused,
    escapes,
    tabStop: marks.tabStop((id) => drawn.has(id), 'first'),
  };
}

describe('MarkFocus', () => {
  test.each<{ name: string; steps: Step[]; target: string | null; focused?: string | null; escapes?: boolean[] }>([
    { name: 'nothing happened: no tooltip', steps: [], target: null },
    { name: 'the pointer shows a mark’s tooltip', steps: [['hover', 'a']], target: 'a' },
    { name: 'and leaving the marks hides it', steps: [['hover', 'a'], ['hover', null]], target: null },
    { name: 'the pointer moves from mark to mark', steps: [['hover', 'a'], ['hover', 'b']], target: 'b' },
    { name: 'focus shows a mark’s tooltip', steps: [['focus', 'a']], target: 'a', focused: 'a' },
    { name: 'the pointer wins over focus', steps: [['focus', 'a'], ['hover', 'b']], target: 'b', focused: 'a' },
    { name: 'focus shows again when the pointer leaves', steps: [['focus', 'a'], ['hover', 'b'], ['hover', null]], target: 'a' },
    { name: 'focus leaving hides it', steps: [['focus', 'a'], ['blur', 'a']], target: null, focused: null },
    { name: 'focus moving on: blur of the old, then focus of the new', steps: [['focus', 'a'], ['blur', 'a'], ['focus', 'b']], target: 'b', focused: 'b' },
    { name: 'a late blur of another mark changes nothing', steps: [['focus', 'a'], ['focus', 'b'], ['blur', 'a']], target: 'b', focused: 'b' },
    { name: 'Escape hides a focus tooltip and uses the key once', steps: [['focus', 'a'], ['escape'], ['escape']], target: null, focused: 'a', escapes: [true, false] },
    { name: 'Escape hides a hover tooltip', steps: [['hover', 'a'], ['escape']], target: null, escapes: [true] },
    { name: 'Escape with no tooltip leaves the key to the page', steps: [['escape']], target: null, escapes: [false] },
    { name: 'after Escape, focus on another mark shows its tooltip', steps: [['focus', 'a'], ['escape'], ['blur', 'a'], ['focus', 'b']], target: 'b' },
    { name: 'after Escape, the pointer on another mark shows its tooltip', steps: [['focus', 'a'], ['escape'], ['hover', 'b']], target: 'b' },
    { name: 'after Escape, the pointer moving within the same mark does not', steps: [['hover', 'a'], ['escape'], ['hover', 'a']], target: null },
    { name: 'after Escape, leaving and coming back to the mark does', steps: [['hover', 'a'], ['escape'], ['hover', null], ['hover', 'a']], target: 'a' },
    { name: 'after Escape, the pointer leaving does not bring back focus’s tooltip', steps: [['focus', 'a'], ['hover', 'b'], ['escape'], ['hover', null]], target: null },
    { name: 'focus leaving and coming back after Escape shows it again', steps: [['focus', 'a'], ['escape'], ['blur', 'a'], ['focus', 'a']], target: 'a' },
    { name: 'the open panel hides the tooltip', steps: [['focus', 'a'], ['panel', true]], target: null, escapes: [] },
    { name: 'and Escape then belongs to the panel', steps: [['focus', 'a'], ['panel', true], ['escape']], target: null, escapes: [false] },
    { name: 'closing the panel brings the focus tooltip back', steps: [['focus', 'a'], ['panel', true], ['panel', false]], target: 'a' },
    { name: 'a mark no longer drawn shows no tooltip', steps: [['hover', 'a'], ['hide', 'a']], target: null },
    { name: 'and Escape is not used for it', steps: [['focus', 'a'], ['hide', 'a'], ['escape']], target: null, escapes: [false] },
    { name: 'the pointer over a mark the view does not draw shows none', steps: [['hover', 'x']], target: null },
  ])('$name', ({ steps, target, focused, escapes }) => {
    const state = play(steps);
    expect(state.target).toBe(target);
    expect(state.tooltip).toBe(target === null ? null : `tip ${target}`);
    if (focused !== undefined) expect(state.focused).toBe(focused);
    if (escapes) expect(state.escapes).toEqual(escapes);
  });

  test.each<{ name: string; steps: Step[]; tabStop: string }>([
    { name: 'no mark reached yet: the view’s fallback', steps: [], tabStop: 'first' },
    { name: 'the mark last focused', steps: [['focus', 'b']], tabStop: 'b' },
    { name: 'it stays the stop after focus leaves the view', steps: [['focus', 'b'], ['blur', 'b']], tabStop: 'b' },
    { name: 'a click moves it', steps: [['focus', 'b'], ['click', 'c']], tabStop: 'c' },
    { name: 'hovering does not', steps: [['focus', 'b'], ['hover', 'c']], tabStop: 'b' },
    { name: 'a stop no longer drawn falls back', steps: [['focus', 'b'], ['hide', 'b']], tabStop: 'first' },
  ])('Tab stop: $name', ({ steps, tabStop }) => {
    expect(play(steps).tabStop).toBe(tabStop);
  });

  test('with no fallback (nothing drawn), there is no Tab stop', () => {
    const marks = new MarkFocus(() => null);
    expect(marks.tabStop(() => false, undefined)).toBeNull();
  });
});
