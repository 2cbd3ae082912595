/**
 * Build time: the story's link-preview card (`og:image`), 1200 × 630 as the previews of the
 * big platforms crop it: the kicker, the title, and a picture drawn from the data, the
 * contested issues' distance gauges as the stance matrix draws them (or, for a story with
 * none, its standfirst); the source line and the credit at the foot. Written with the
 * engine's own export code (lib/export: markup, palette, the gauge), in the light theme's
 * colours; src/build/card/renderCard.ts turns it into the PNG. Its text names the families
 * the PNG is set in first (resvg resolves no generic `serif`), then the page's stacks.
 */
import { layoutStances, gaugeGeometry } from '../../lib/layout/stances.ts';
import { gaugeSvg } from '../../lib/export/stancesFigure.ts';
import { el, text, textBlock, wrap } from '../../lib/export/markup.ts';
import { FONTS, lightPalette, type Palette } from '../../lib/export/palette.ts';
import { sourceLine } from '../../lib/story/meta.ts';
import { exportFiles, shared, stances as stanceWords } from '../../lib/strings.ts';
import type { Story } from '../../lib/story/types.ts';

/** The families the card is set in, where the machine has them (src/build/card/cardFonts.ts). */
export interface CardFamilies {
  sans?: string;
  serif?: string;
}
type Stacks = { sans: string; serif: string };

export const CARD = { width: 1200, height: 630 } as const;

const PAD = 64;
const INNER = CARD.width - 2 * PAD;
/** The foot: a rule, then the source line and the credit. */
const FOOT_Y = CARD.height - 84;
/** Title sizes, largest first: the first that sets in two lines, else the first in three. */
const TITLE_SIZES = [60, 54, 48, 42];
const ISSUE_W = 340;
const GAUGE_W = 500;
const ROW_H = 62;
const LEGEND_H = 34;
const GAUGE_R = 14;

function title(story: Story, y: number, p: Palette, f: Stacks) {
  const style = (size: number) => ({ size, lineHeight: Math.round(size * 1.1), weight: 700, serif: true, fill: p.ink, family: f.serif });
  const lines = (size: number) => textBlock(story.meta.title, PAD, y, INNER, style(size)).lines.length;
  const size = TITLE_SIZES.find((s) => lines(s) <= 2) ?? TITLE_SIZES.find((s) => lines(s) <= 3) ?? TITLE_SIZES.at(-1)!;
  return textBlock(story.meta.title, PAD, y, INNER, style(size));
}

/** The two sides' markers and short names, as the matrix's legend has them. */
function legend(story: Story, y: number, p: Palette, f: Stacks): string {
  const [first, second] = story.meta.sides;
  const x = PAD + ISSUE_W;
  const cy = y + LEGEND_H / 2 - 6;
  const label = (s: string, at: number) => text(s, { x: at, y: cy + 7, 'font-family': f.sans, 'font-size': 20, 'font-weight': 700, fill: p.ink2 });
  const square = GAUGE_R * Math.sqrt(Math.PI);
  return (
    el('circle', { cx: x + GAUGE_R, cy, r: GAUGE_R, fill: p.side[0] }) +
    label(first.shortName, x + 2 * GAUGE_R + 10) +
    el('rect', { x: x + 200, y: cy - square / 2, width: square, height: square, fill: p.side[1] }) +
    label(second.shortName, x + 200 + square + 10)
  );
}

/** One row per contested issue, as many as fit between `top` and `bottom`: name, gauge, distance. */
function gauges(story: Story, top: number, bottom: number, p: Palette, f: Stacks): string {
  const rows = layoutStances(story, { width: CARD.width }).rows.slice(0, Math.floor((bottom - top - LEGEND_H) / ROW_H));
  const height = LEGEND_H + rows.length * ROW_H;
  let y = top + Math.max(0, (bottom - top - height) / 2);
  const out = [legend(story, y, p, f)];
  y += LEGEND_H;
  for (const row of rows) {
    const g = gaugeGeometry(GAUGE_W, row.step, { r: GAUGE_R });
    const mid = y + ROW_H / 2;
    out.push(el('line', { x1: PAD, x2: CARD.width - PAD, y1: y + 0.5, y2: y + 0.5, stroke: p.rule }));
    out.push(text(row.topic.shortName, { x: PAD, y: mid + 8, 'font-family': f.sans, 'font-size': 24, 'font-weight': 700, fill: p.ink }));
    out.push(el('g', { transform: `translate(${PAD + ISSUE_W},${mid - g.trackY})` }, gaugeSvg(g, row.stance.distance, p)));
    // The distance in words, after a swatch of its colour, as the matrix labels its gauges.
    const x = PAD + ISSUE_W + GAUGE_W + 28;
    out.push(el('rect', { x, y: mid - 6, width: 20, height: 12, fill: p.distance[row.stance.distance] }));
    out.push(text(stanceWords.distances[row.stance.distance], { x: x + 30, y: mid + 8, 'font-family': f.sans, 'font-size': 22, 'font-weight': 700, fill: p.ink }));
    y += ROW_H;
  }
  return out.join('');
}

/** The card as an SVG document, the same for every build of the same story. */
export function cardSvg(story: Story, families: CardFamilies = {}): string {
  const p = lightPalette(story.meta);
  const stack = (family: string | undefined, fallback: string) => (family ? `'${family}', ${fallback}` : fallback);
  const f: Stacks = { sans: stack(families.sans, FONTS.sans), serif: stack(families.serif, FONTS.serif) };
  const { width, height } = CARD;
  const parts: string[] = [el('rect', { width, height, fill: p.paper }), el('rect', { width, height: 8, fill: p.ink })];

  let y = 56;
  parts.push(text(story.meta.kicker.toUpperCase(), {
    x: PAD, y: y + 21, 'font-family': f.sans, 'font-size': 22, 'font-weight': 700, 'letter-spacing': '0.08em', fill: p.side[0],
  }));
  y += 22 + 22;
  const heading = title(story, y, p, f);
  parts.push(heading.svg);
  y += heading.height + 36;

  const bottom = FOOT_Y - 24;
  if (story.stances.length && bottom - y >= LEGEND_H + ROW_H) parts.push(gauges(story, y, bottom, p, f));
  else {
    // No issues to draw: the standfirst, in as many lines as there is room for.
    const lines = wrap(story.meta.dek, INNER, 30, { serif: true }).slice(0, Math.max(0, Math.floor((bottom - y) / 38)));
    parts.push(textBlock(lines.join(' '), PAD, y, INNER, { size: 30, lineHeight: 38, serif: true, fill: p.ink2, family: f.serif }).svg);
  }

  parts.push(el('line', { x1: PAD, x2: width - PAD, y1: FOOT_Y + 0.5, y2: FOOT_Y + 0.5, stroke: p.ruleStrong }));
  const foot = { y: FOOT_Y + 40, 'font-family': f.sans, 'font-size': 18, fill: p.ink3 };
  parts.push(text(exportFiles.credit, { ...foot, x: width - PAD, 'text-anchor': 'end', 'font-weight': 700 }));
  // One line, beside the credit: cut short where the article's title is long.
  const source = wrap(sourceLine(story.meta, shared.sourceLabel), INNER - 320, 18);
  parts.push(text(source[0] + (source.length > 1 ? '…' : ''), { ...foot, x: PAD }));

  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    el('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': f.sans }, parts.join('')) +
    '\n'
  );
}
