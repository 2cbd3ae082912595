import { describe, expect, test } from 'vitest';
import { GROUP_PALETTE, JOINT_COLOURS, colourCss, contrast, contrastProblems, groupColours } from './colours.ts';
import type { StoryMeta } from '../story/types.ts';

/** A story file's colour-relevant parts; the rest is not read here. */
const meta = (groups: StoryMeta['groups'], joint = true) =>
  ({
    groups,
    sides: [{ id: 'a', group: groups[0]!.id }, { id: 'b', group: groups[1]!.id }],
    lanes: { order: [], joint: joint ? { id: 'both', label: 'Both', groups: [groups[0]!.id, groups[1]!.id] } : undefined },
  }) as unknown as StoryMeta;

describe('story colours', () => {
  test('groups take the palette in order; the joint lane is neutral', () => {
    const colours = groupColours(meta([{ id: 'x', name: 'X' }, { id: 'y', name: 'Y' }, { id: 'z', name: 'Z' }]));
    expect([...colours.keys()]).toEqual(['x', 'y', 'z', 'both']);
    expect(colours.get('x')).toEqual(GROUP_PALETTE[0]);
    expect(colours.get('z')).toEqual(GROUP_PALETTE[2]);
    expect(colours.get('both')).toEqual(JOINT_COLOURS);
  });

  test('more groups than colours wrap around the palette', () => {
    const groups = Array.from({ length: GROUP_PALETTE.length + 1 }, (_, i) => ({ id: `g${i}`, name: `G${i}` }));
    expect(groupColours(meta(groups, false)).get(`g${GROUP_PALETTE.length}`)).toEqual(GROUP_PALETTE[0]);
  });

  test('a story can override a group; the projector falls back to the light colour', () => {
    const colours = groupColours(meta([{ id: 'x', name: 'X', colour: { light: '#123456', dark: '#abcdef' } }, { id: 'y', name: 'Y' }]));
    expect(colours.get('x')).toEqual({ light: '#123456', dark: '#abcdef', projector: '#123456' });
    expect(colours.get('y')).toEqual(GROUP_PALETTE[1]);
  });

  test('every colour of the palette reads on every paper of its theme', () => {
    const groups = GROUP_PALETTE.map((_, i) => ({ id: `g${i}`, name: `G${i}` }));
    expect(contrastProblems(meta(groups))).toEqual([]);
  });

  test('an override too faint for a theme is named, with its ratio and the one it needs', () => {
    const problems = contrastProblems(meta([{ id: 'x', name: 'X', colour: { light: '#ffff00', dark: '#56b4e9' } }, { id: 'y', name: 'Y' }]));
    expect(problems.map((p) => p.group)).toContain('x');
    expect(problems.find((p) => p.message.startsWith('light'))?.message).toMatch(/^light colour #ffff00 has 1\.07:1 contrast on #ffffff; it needs 4\.5:1$/);
  });

  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#0072b2', '#ffffff', 5.19],
  ])('contrast(%s, %s) = %d', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2);
  });

  test('the CSS sets each group and side for the page themes and the projector', () => {
    const css = colourCss(meta([{ id: 'x', name: 'X' }, { id: 'y', name: 'Y' }]));
    expect(css).toContain('--group-x: light-dark(#0072b2, #56b4e9);');
    expect(css).toContain('--side-0: var(--group-x); --side-1: var(--group-y);');
    expect(css).toContain(":root[data-theme='projector'] { --group-x: #00507f;");
    expect(css).toContain('--group-both: light-dark(#454545, #c9c7c0);');
  });
});
