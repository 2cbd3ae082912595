/**
 * Colours for a story's groups and sides, and the product's tone colours. The engine assigns
 * group colours in order from one colour-blind-safe palette (Okabe–Ito hues, darkened for the
 * light page, lightened for the dark one, darkened further for the projector) unless the story
 * file overrides a group's colour. Every colour is checked for contrast against the paper of
 * each theme when the story is validated, so an override cannot make a label unreadable.
 *
 * One meaning per colour: a hue always means a group. Tones (the reaction network's lines)
 * are drawn in the page's inks, with no hue at all, and told apart by line style and weight;
 * every group colour must carry a hue (MIN_GROUP_CHROMA), so the two sets never meet.
 */
import type { ColourOverride, StoryMeta, Tone } from '../story/types.ts';

export interface ThemeColours {
  light: string;
  dark: string;
  projector: string;
}

/** In the order groups receive them. */
export const GROUP_PALETTE: readonly ThemeColours[] = [
  { light: '#0072b2', dark: '#56b4e9', projector: '#00507f' }, // blue
  { light: '#b34700', dark: '#f28e4a', projector: '#8f2900' }, // vermilion
  { light: '#a8437a', dark: '#e48cc0', projector: '#80245a' }, // reddish purple
  { light: '#00775a', dark: '#3fc29b', projector: '#005440' }, // bluish green
  { light: '#8a5a00', dark: '#d9a93f', projector: '#5c4d00' }, // ochre
  { light: '#3f5fa8', dark: '#9db4ec', projector: '#2a4283' }, // slate blue
  { light: '#7a6a00', dark: '#d8c75a', projector: '#4f4500' }, // olive
];

/**
 * The network's tone lines: the page's two strongest inks (--ink for the strong tones,
 * welcoming and critical; --ink-3 for the milder ones), never a hue. Line style and weight
 * (TONE_STROKES in lib/layout/reactions) tell them apart; src/app.css holds them as the
 * --tone-* tokens and a unit test keeps the two in step.
 */
const INK: ThemeColours = { light: '#161616', dark: '#f0efe9', projector: '#000000' };
const INK_3: ThemeColours = { light: '#5f5f5f', dark: '#a8a6a0', projector: '#3d3d3d' };
export const TONE_COLOURS: Readonly<Record<Tone, ThemeColours>> = {
  welcome: INK,
  positive: INK_3,
  cautious: INK_3,
  critical: INK,
};

/** Most OKLCh chroma a tone colour may have: a neutral ink. */
export const NEUTRAL_CHROMA = 0.02;
/** Least OKLCh chroma a group colour needs in every theme: a clear hue, never mistaken for a tone's ink. */
export const MIN_GROUP_CHROMA = 0.06;

/** The joint lane (two groups acting together) is neither group's colour. */
export const JOINT_COLOURS: ThemeColours = { light: '#454545', dark: '#c9c7c0', projector: '#333333' };

/** The papers a colour must read on: the page, its tinted panels, and the highlight band. */
export const PAPERS = {
  light: ['#ffffff', '#f5f4f0'],
  dark: ['#15171a', '#1f2226'],
  projector: ['#ffffff', '#f2f2f2', '#fff0a8'],
} as const;

/**
 * Minimum contrast ratios. Group colours also colour text (lane labels), so the page's
 * themes need 4.5:1 (WCAG AA for text); the projector, read from the back of a room, 7:1.
 */
export const MIN_CONTRAST = { light: 4.5, dark: 4.5, projector: 7 } as const;

const withOverride = (base: ThemeColours, o: ColourOverride | undefined): ThemeColours =>
  o ? { light: o.light, dark: o.dark, projector: o.projector ?? o.light } : base;

/** Each group's colours (and the joint lane's), by id, in the story's order. */
export function groupColours(meta: StoryMeta): Map<string, ThemeColours> {
  const out = new Map<string, ThemeColours>();
  meta.groups.forEach((g, i) => out.set(g.id, withOverride(GROUP_PALETTE[i % GROUP_PALETTE.length]!, g.colour)));
  if (meta.lanes.joint) out.set(meta.lanes.joint.id, JOINT_COLOURS);
  return out;
}

/**
 * The story's colours as CSS custom properties: `--group-<id>` for each group and the joint
 * lane, and `--side-0`, `--side-1` for the two sides (their groups' colours).
 */
export function colourCss(meta: StoryMeta): string {
  const colours = [...groupColours(meta)];
  const sides = meta.sides.map((s, i) => `--side-${i}: var(--group-${s.group});`).join(' ');
  const page = colours.map(([id, c]) => `--group-${id}: light-dark(${c.light}, ${c.dark});`).join(' ');
  const projector = colours.map(([id, c]) => `--group-${id}: ${c.projector};`).join(' ');
  return `:root { ${page} ${sides} }\n:root[data-theme='projector'] { ${projector} }\n`;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A `#rrggbb` colour in OKLab (Björn Ottosson's perceptual space): lightness L (0–1) and the axes a, b. */
export function oklab(hex: string): { L: number; a: number; b: number } {
  const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * bl);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * bl);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * bl);
  return {
    L: 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    a: 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    b: 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  };
}

/** How much hue a colour has: its OKLCh chroma (0 for a grey). */
export const chroma = (hex: string): number => {
  const c = oklab(hex);
  return Math.hypot(c.a, c.b);
};

/** Perceptual distance of two colours: Euclidean in OKLab (about 0.02 is just noticeable). */
export function colourDistance(x: string, y: string): number {
  const p = oklab(x);
  const q = oklab(y);
  return Math.hypot(p.L - q.L, p.a - q.a, p.b - q.b);
}

const THEMES = ['light', 'dark', 'projector'] as const;

/**
 * Every colour of the story that reads too faintly on a paper of its theme, or that is too
 * grey to be told from the network's tone lines, said for an editor.
 */
export function contrastProblems(meta: StoryMeta): { group: string; message: string }[] {
  const problems: { group: string; message: string }[] = [];
  const groups = new Set(meta.groups.map((g) => g.id));
  for (const [group, colours] of groupColours(meta)) {
    for (const theme of THEMES) {
      // The joint lane is neutral on purpose: it is no group, and the network never draws it.
      if (groups.has(group) && chroma(colours[theme]) < MIN_GROUP_CHROMA) {
        problems.push({ group, message: `${theme} colour ${colours[theme]} is too grey (chroma ${chroma(colours[theme]).toFixed(3)}; it needs ${MIN_GROUP_CHROMA}): greys draw the network's tones, so a group needs a clear hue` });
      }
      for (const paper of PAPERS[theme]) {
        const ratio = contrast(colours[theme], paper);
        if (ratio < MIN_CONTRAST[theme]) {
          problems.push({ group, message: `${theme} colour ${colours[theme]} has ${ratio.toFixed(2)}:1 contrast on ${paper}; it needs ${MIN_CONTRAST[theme]}:1` });
        }
      }
    }
  }
  return problems;
}
