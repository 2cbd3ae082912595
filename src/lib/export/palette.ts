/**
 * The light theme's colour tokens as literal values. An exported file travels without the
 * page's CSS, so it cannot say `var(--ink)`; a unit test reads src/app.css and fails when a
 * token here drifts from the light half of its `light-dark()` pair. The story's group and
 * side colours come from lib/story/colours.ts, as on the page.
 */
import type { Distance, StoryMeta, Tone } from '../story/types.ts';
import { groupColours, TONE_COLOURS } from '../colour/colours.ts';
import { TONES } from '../story/constants.ts';

export interface Palette {
  paper: string;
  paper2: string;
  ink: string;
  ink2: string;
  ink3: string;
  rule: string;
  ruleStrong: string;
  highlight: string;
  /** By group id (and the joint lane's id). */
  group: Record<string, string>;
  /** The two sides' colours, in column order. */
  side: readonly [string, string];
  tone: Record<Tone, string>;
  distance: Record<Distance, string>;
}

type BasePalette = Omit<Palette, 'group' | 'side'>;

export const LIGHT: BasePalette = {
  paper: '#ffffff',
  paper2: '#f5f4f0',
  ink: '#161616',
  ink2: '#454545',
  ink3: '#5f5f5f',
  rule: '#d4d2cc',
  ruleStrong: '#8c8a85',
  highlight: '#fff1b8',
  tone: Object.fromEntries(TONES.map((t) => [t, TONE_COLOURS[t].light])) as Record<Tone, string>,
  distance: { aligned: '#0072b2', close: '#5a96c8', apart: '#c47a3c', opposed: '#b34700' },
};

/** The light theme's palette for a story: the product's tokens and the story's colours. */
export function lightPalette(meta: StoryMeta): Palette {
  const group = Object.fromEntries([...groupColours(meta)].map(([id, c]) => [id, c.light]));
  const side = [group[meta.sides[0].group]!, group[meta.sides[1].group]!] as const;
  return { ...LIGHT, group, side };
}

/** The CSS custom property each palette entry stands for, for the drift test. */
export function paletteTokens(p: BasePalette): Record<string, string> {
  const out: Record<string, string> = {
    '--paper': p.paper,
    '--paper-2': p.paper2,
    '--ink': p.ink,
    '--ink-2': p.ink2,
    '--ink-3': p.ink3,
    '--rule': p.rule,
    '--rule-strong': p.ruleStrong,
    '--highlight': p.highlight,
  };
  for (const [k, v] of Object.entries(p.tone)) out[`--tone-${k}`] = v;
  for (const [k, v] of Object.entries(p.distance)) out[`--distance-${k}`] = v;
  return out;
}

/** Font stacks of src/app.css, written out: the file may be opened where the page's CSS is not. */
export const FONTS = {
  serif: "Georgia, 'Times New Roman', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
} as const;
