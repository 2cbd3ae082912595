import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  GROUP_PALETTE,
  JOINT_COLOURS,
  MIN_GROUP_CHROMA,
  NEUTRAL_CHROMA,
  TONE_COLOURS,
  chroma,
  colourCss,
  colourDistance,
  contrast,
  contrastProblems,
  groupColours,
  oklab,
} from './colours.ts';
import { TONES } from '../story/constants.ts';
import type { StoryMeta } from '../story/types.ts';

const THEMES = ['light', 'dark', 'projector'] as const;

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

describe('one meaning per colour: tones never share a hue with a group', () => {
  /** Below this OKLab distance two marks could be taken for the same colour (0.02 is just noticeable). */
  const NEAR = 0.06;

  test.each(THEMES)('%s: no tone colour is near any palette colour', (theme) => {
    const near: string[] = [];
    for (const tone of TONES) {
      for (const [i, c] of GROUP_PALETTE.entries()) {
        const d = colourDistance(TONE_COLOURS[tone][theme], c[theme]);
        if (d < NEAR) near.push(`${tone} ${TONE_COLOURS[tone][theme]} ~ palette[${i}] ${c[theme]}: ${d.toFixed(3)}`);
      }
    }
    expect(near).toEqual([]);
  });

  test.each(THEMES)('%s: by construction, tones are neutral inks and every group colour has a clear hue', (theme) => {
    for (const tone of TONES) expect(chroma(TONE_COLOURS[tone][theme]), tone).toBeLessThanOrEqual(NEUTRAL_CHROMA);
    for (const c of GROUP_PALETTE) expect(chroma(c[theme]), c[theme]).toBeGreaterThanOrEqual(MIN_GROUP_CHROMA);
    // The gap between the two bounds is itself a distance no tone and group can come within.
    expect(MIN_GROUP_CHROMA - NEUTRAL_CHROMA).toBeGreaterThanOrEqual(0.039);
  });

  test('a story that overrides a group with a grey is told why', () => {
    const problems = contrastProblems(meta([{ id: 'x', name: 'X', colour: { light: '#595959', dark: '#a0a0a0' } }, { id: 'y', name: 'Y' }]));
    const grey = problems.filter((p) => p.group === 'x' && /too grey/.test(p.message));
    expect(grey.map((p) => p.message.split(' ')[0])).toEqual(['light', 'dark', 'projector']);
    expect(grey[0]!.message).toMatch(/^light colour #595959 is too grey \(chroma 0\.000; it needs 0\.06\)/);
    // The joint lane is neutral on purpose and is no group: not a problem.
    expect(problems.some((p) => p.group === 'both')).toBe(false);
  });

  test('Welcoming and Positive, the two solid tones, are far apart in ink as well as in weight', () => {
    for (const theme of THEMES) {
      expect(colourDistance(TONE_COLOURS.welcome[theme], TONE_COLOURS.positive[theme]), theme).toBeGreaterThanOrEqual(0.15);
    }
  });

  test.each([
    ['#ffffff', 1, 0],
    ['#000000', 0, 0],
    ['#5f5f5f', 0.4855, 0],
  ])('oklab(%s): L %d, no chroma', (hex, L, c) => {
    expect(oklab(hex).L).toBeCloseTo(L, 3);
    expect(chroma(hex)).toBeCloseTo(c, 4);
  });

  test('oklab of a saturated colour has its hue', () => {
    // sRGB red is L 0.628, a 0.225, b 0.126 in OKLab.
    const red = oklab('#ff0000');
    expect([red.L, red.a, red.b].map((v) => Math.round(v * 1000) / 1000)).toEqual([0.628, 0.225, 0.126]);
  });

  test('the page draws the tones in these colours: src/app.css --tone-* tokens match, in every theme', () => {
    const css = readFileSync('src/app.css', 'utf8');
    const projector = css.slice(css.indexOf(":root[data-theme='projector'] {"));
    for (const tone of TONES) {
      const pair = new RegExp(`--tone-${tone}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
      expect(pair?.slice(1), tone).toEqual([TONE_COLOURS[tone].light, TONE_COLOURS[tone].dark]);
      const proj = new RegExp(`--tone-${tone}:\\s*(#[0-9a-f]{6});`, 'i').exec(projector);
      expect(proj?.[1], tone).toBe(TONE_COLOURS[tone].projector);
    }
  });
});
