import { describe, expect, test } from 'vitest';
import { keyAction, stepAfter, type FocusZone, type PresentAction } from '../../../src/lib/present/keys.ts';

describe('keyAction on the page', () => {
  test.each<[string, PresentAction | null]>([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Spacebar', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['n', 'notes'],
    ['N', 'notes'],
    ['ArrowDown', null],
    ['ArrowUp', null],
    ['Enter', null],
    ['Escape', null],
    ['Tab', null],
    ['x', null],
  ])('%j → %s', (key, expected) => {
    expect(keyAction(key, { blanked: false, zone: 'page' })).toBe(expected);
  });
});

describe('keyAction by where focus is', () => {
  test.each<[FocusZone, string, PresentAction | null]>([
    // Inside a view the arrows and Home/End move between marks; only the clicker's page keys go on.
    ['view', 'ArrowRight', null],
    ['view', 'ArrowLeft', null],
    ['view', 'Home', null],
    ['view', 'End', null],
    ['view', ' ', null],
    ['view', 'b', null],
    ['view', 'PageDown', 'next'],
    ['view', 'PageUp', 'prev'],
    // A text field and the source panel keep every key.
    ['field', 'PageDown', null],
    ['field', 'b', null],
    ['field', ' ', null],
    ['dialog', 'PageDown', null],
    ['dialog', 'ArrowRight', null],
    // The presentation's own buttons: Space presses the button, the rest navigate.
    ['control', ' ', null],
    ['control', 'ArrowRight', 'next'],
    ['control', 'PageUp', 'prev'],
    ['control', 'f', 'fullscreen'],
  ])('in %s, %j → %s', (zone, key, expected) => {
    expect(keyAction(key, { blanked: false, zone })).toBe(expected);
  });
});

describe('keyAction with modifiers and the blank screen', () => {
  test.each<[string, { shift?: boolean; modified?: boolean; blanked?: boolean; zone?: FocusZone }, PresentAction | null]>([
    [' ', { shift: true }, 'prev'],
    ['PageDown', { shift: true }, 'next'],
    ['f', { modified: true }, null],
    ['ArrowLeft', { modified: true }, null],
    // Blanked: any key, anywhere, only brings the screen back.
    ['x', { blanked: true }, 'unblank'],
    ['PageDown', { blanked: true }, 'unblank'],
    ['b', { blanked: true }, 'unblank'],
    ['Shift', { blanked: true }, 'unblank'],
    ['a', { blanked: true, zone: 'field' }, 'unblank'],
  ])('%j with %j → %s', (key, state, expected) => {
    expect(keyAction(key, { zone: 'page', blanked: false, ...state })).toBe(expected);
  });
});

describe('stepAfter', () => {
  test.each<[PresentAction, number, number, number]>([
    ['next', 1, 8, 2],
    ['next', 8, 8, 8],
    ['prev', 3, 8, 2],
    ['prev', 1, 8, 1],
    ['first', 6, 8, 1],
    ['last', 2, 8, 8],
    ['blank', 4, 8, 4],
    ['notes', 4, 8, 4],
    ['fullscreen', 4, 8, 4],
  ])('%s from %s of %s → %s', (action, step, total, expected) => {
    expect(stepAfter(action, step, total)).toBe(expected);
  });
});
