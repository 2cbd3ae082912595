/**
 * The light theme's colour tokens as literal values. An exported file travels without the
 * page's CSS, so it cannot say `var(--ink)`; a unit test reads src/app.css and fails when a
 * token here drifts from the light half of its `light-dark()` pair.
 */
import type { ActorGroup, Distance, Tone } from '../story/types.ts';

export interface Palette {
  paper: string;
  paper2: string;
  ink: string;
  ink2: string;
  ink3: string;
  rule: string;
  ruleStrong: string;
  highlight: string;
  group: Record<ActorGroup | 'joint', string>;
  tone: Record<Tone, string>;
  distance: Record<Distance, string>;
}

export const LIGHT: Palette = {
  paper: '#ffffff',
  paper2: '#f5f4f0',
  ink: '#161616',
  ink2: '#454545',
  ink3: '#5f5f5f',
  rule: '#d4d2cc',
  ruleStrong: '#8c8a85',
  highlight: '#fff1b8',
  group: {
    korea: '#0072b2',
    'united-states': '#b34700',
    japan: '#a8437a',
    media: '#00775a',
    'korean-parties': '#8a5a00',
    joint: '#454545',
    'north-korea': '#5f5f5f',
  },
  tone: { welcome: '#0072b2', positive: '#00775a', cautious: '#8a5a00', critical: '#b34700' },
  distance: { aligned: '#0072b2', close: '#5a96c8', apart: '#c47a3c', opposed: '#b34700' },
};

/** The CSS custom property each palette entry stands for, for the drift test. */
export function paletteTokens(p: Palette): Record<string, string> {
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
  for (const [k, v] of Object.entries(p.group)) out[`--group-${k}`] = v;
  for (const [k, v] of Object.entries(p.tone)) out[`--tone-${k}`] = v;
  for (const [k, v] of Object.entries(p.distance)) out[`--distance-${k}`] = v;
  return out;
}

/** Font stacks of src/app.css, written out: the file may be opened where the page's CSS is not. */
export const FONTS = {
  serif: "Georgia, 'Times New Roman', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
} as const;
