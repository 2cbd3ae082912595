import { describe, expect, test } from 'vitest';
import { harbourStory } from '../../fixtures/harbour.ts';
import {
  clampStep, isNotes, isPresent, notesSearch, parseStep, presentTheme, stepSearch, stepWindow,
} from '../../../src/lib/present/steps.ts';

const story = harbourStory();
const total = story.steps.length;

describe('clampStep', () => {
  test.each([
    [1, 8, 1],
    [8, 8, 8],
    [0, 8, 1],
    [-3, 8, 1],
    [9, 8, 8],
    [3.7, 8, 3],
    [Number.NaN, 8, 1],
    [Number.POSITIVE_INFINITY, 8, 1],
    [5, 0, 1],
  ])('clampStep(%s, %s) = %s', (step, n, expected) => {
    expect(clampStep(step, n)).toBe(expected);
  });
});

describe('parseStep', () => {
  test.each([
    ['?present&step=3', 3],
    ['?present&step=1', 1],
    ['?present&step=8', 8],
    ['?present', 1],
    ['', 1],
    ['?present&step=0', 1],
    ['?present&step=9', 1],
    ['?present&step=-2', 1],
    ['?present&step=2.5', 1],
    ['?present&step=abc', 1],
    ['?present&step=', 1],
    ['?present&step=3e0', 1],
    ['?present&step=99999999999', 1],
    ['?present&step=%33', 3],
    ['?step=4&present', 4],
  ])('%s → step %s', (search, expected) => {
    expect(parseStep(search, 8)).toBe(expected);
  });
});

describe('mode flags', () => {
  test.each([
    ['?present', true, false],
    ['?present&step=2', true, false],
    ['?present=1&notes', true, true],
    ['?present&notes&step=3', true, true],
    ['?notes', false, false],
    ['?embed=timeline', false, false],
    ['', false, false],
  ])('%s: present %s, notes %s', (search, present, notes) => {
    expect(isPresent(search)).toBe(present);
    expect(isNotes(search)).toBe(notes);
  });
});

describe('stepSearch', () => {
  test.each([
    ['?present', 3, 'present&step=3'],
    ['?present&step=1', 2, 'present&step=2'],
    ['', 5, 'present&step=5'],
    ['?present&theme=dark&step=4', 1, 'present&theme=dark&step=1'],
    ['?present&notes&step=2', 3, 'present&notes&step=3'],
  ])('%s at step %s → %s', (search, step, expected) => {
    expect(stepSearch(search, step)).toBe(expected);
  });

  test('round-trips through parseStep', () => {
    for (let step = 1; step <= total; step++) expect(parseStep(`?${stepSearch('?present', step)}`, total)).toBe(step);
  });
});

describe('notesSearch', () => {
  test.each([
    ['?present&step=2', 2, 'present&notes&step=2'],
    ['?present&theme=dark', 5, 'present&notes&step=5&theme=dark'],
    ['?present&theme=evil', 1, 'present&notes&step=1'],
    ['?present&sel=ferry-meeting&q=x', 4, 'present&notes&step=4'],
  ])('%s at step %s → %s', (search, step, expected) => {
    expect(notesSearch(search, step)).toBe(expected);
  });
});

describe('presentTheme', () => {
  test.each([
    ['?present', 'projector'],
    ['?present&theme=dark', 'dark'],
    ['?present&theme=light', 'light'],
    ['?present&theme=auto', 'auto'],
    ['?present&theme=projector', 'projector'],
    ['?present&theme=neon', 'projector'],
  ])('%s → %s', (search, expected) => {
    expect(presentTheme(search)).toBe(expected);
  });
});

describe('stepWindow', () => {
  const focusOf = (id: string) => story.steps.find((s) => s.id === id)!.focus;
  const ferryDay = ['2024-03-02', '2024-03-05'];
  test.each([
    // The fixture's timeline step lights the ferry meeting, on the hub's day: zoom in.
    ['step-the-meeting', focusOf('step-the-meeting'), ferryDay],
    // All on the hub's day, an undated "after" event from that day among them: zoom in.
    ['the ferry day', ['ferry-meeting', 'cost-split', 'channel-stays-closed'], ferryDay],
    // Ahn took office in January: the whole story.
    ['a day before', ['ferry-meeting', 'ahn-takes-office'], null],
    // Known only to the month: the whole story.
    ['a month', ['council-vote'], null],
    // A forecast for the summer: the whole story.
    ['the outlook', ['second-meeting'], null],
    // Not timeline steps: no events in their focus.
    ['step-the-deal', focusOf('step-the-deal'), null],
    ['step-the-verdict', focusOf('step-the-verdict'), null],
  ])('%s: focus %j', (_name, focus, expected) => {
    expect(stepWindow(story, focus)).toEqual(expected);
  });

  test('an empty focus shows the whole story', () => {
    expect(stepWindow(story, [])).toBeNull();
  });
});
