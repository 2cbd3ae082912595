/**
 * A legend drawn in SVG: groups of keys, each group starting on a new line with its bold
 * title, keys flowing left to right and wrapping to the width. Keys are SVG fragments drawn
 * around their own box origin, so each view brings its own shapes.
 */
import { FONTS, type Palette } from './palette.ts';
import { el, measure, text, textBlock } from './markup.ts';

export interface LegendKey {
  /** SVG drawn in a box `width` × `height` with its top left at 0,0. */
  swatch: string;
  width: number;
  height: number;
  label: string;
}

export interface LegendGroup {
  title?: string;
  keys: LegendKey[];
  /** A sentence under the keys. */
  note?: string;
}

export const LEGEND_FONT = 13;
const ROW = 24;
const KEY_GAP = 8;
const ITEM_GAP = 22;
const GROUP_GAP = 8;

/** Lays out and draws the legend at `x`,`y`; returns the markup and the height used. */
export function drawLegend(groups: LegendGroup[], x: number, y: number, width: number, p: Palette): { svg: string; height: number } {
  const parts: string[] = [];
  let top = y;
  for (const group of groups) {
    let cx = x;
    let rowTop = top;
    const place = (w: number) => {
      if (cx > x && cx + w > x + width) {
        cx = x;
        rowTop += ROW;
      }
      const at = cx;
      cx += w;
      return at;
    };
    const mid = () => rowTop + ROW / 2;
    if (group.title) {
      const w = measure(group.title, LEGEND_FONT, { bold: true });
      const at = place(w);
      parts.push(text(group.title, { x: at, y: mid() + LEGEND_FONT * 0.35, 'font-weight': 700, fill: p.ink }));
      cx += ITEM_GAP - 4;
    }
    for (const key of group.keys) {
      const w = key.width + KEY_GAP + measure(key.label, LEGEND_FONT);
      const at = place(w);
      parts.push(el('g', { transform: `translate(${at},${Math.round(mid() - key.height / 2)})` }, key.swatch));
      parts.push(text(key.label, { x: at + key.width + KEY_GAP, y: mid() + LEGEND_FONT * 0.35, fill: p.ink2 }));
      cx += ITEM_GAP;
    }
    top = rowTop + ROW;
    if (group.note) {
      const note = textBlock(group.note, x, top + 2, width, { size: LEGEND_FONT, lineHeight: 18, fill: p.ink3, family: FONTS.sans });
      parts.push(note.svg);
      top += note.height + 6;
    }
    top += GROUP_GAP;
  }
  const height = Math.max(0, top - y - GROUP_GAP);
  return { svg: el('g', { 'font-family': FONTS.sans, 'font-size': LEGEND_FONT }, parts.join('')), height };
}
