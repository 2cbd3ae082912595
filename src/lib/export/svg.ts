/**
 * A view as a standalone SVG file, ready for slides, print or an editor: heading, caption,
 * legend, annotations, the graphic, and the source line with a credit, all inside the image.
 * Built from the layout functions (not scraped from the page), so it is the same for every
 * reader whatever their window, zoom, selection or theme, and tests can read it in node.
 * Colours are the light theme's literal values and fonts generic stacks: the file carries
 * no CSS variables and needs no stylesheet.
 */
import type { Story } from '../story/types.ts';
import { exportFiles, shared } from '../strings.ts';
import type { ExportFigure } from './figure.ts';
import { drawLegend } from './legend.ts';
import { el, escapeXml, measure, textBlock } from './markup.ts';
import { stancesFigure } from './stancesFigure.ts';
import { reactionsFigure } from './reactionsFigure.ts';
import { FONTS, lightPalette, type Palette } from './palette.ts';
import { timelineFigure } from './timelineFigure.ts';
import type { ExportView } from './views.ts';
import { VIEWS } from '../views/viewFacts.ts';
import { sourceLine } from '../story/meta.ts';

export interface SvgOptions {
  /** Width of the image in CSS pixels (the PNG doubles it). */
  width?: number;
  /** Only the light theme is exported: it prints, projects and pastes onto white slides. */
  theme?: 'light';
}

/** Default export width: a 16:9 slide's width at a comfortable reading size. */
export const EXPORT_WIDTH = 1200;
const PAD = 40;
/** Lines of running text stop here, as on the page (--measure), so captions stay readable. */
const MEASURE = 760;

const FIGURES: Record<ExportView, (story: Story, p: Palette) => ExportFigure> = {
  timeline: timelineFigure,
  stances: stancesFigure,
  reactions: reactionsFigure,
};

export function exportFigure(view: ExportView, story: Story, p: Palette): ExportFigure {
  return FIGURES[view](story, p);
}

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Builds the SVG and reports its size (the PNG needs it before decoding the image). */
export function buildSvg(view: ExportView, story: Story, options: SvgOptions = {}): ExportedSvg {
  const p = lightPalette(story.meta);
  const fig = exportFigure(view, story, p);
  const width = Math.round(Math.max(options.width ?? EXPORT_WIDTH, VIEWS[view].exportMinWidth + 2 * PAD));
  const inner = width - 2 * PAD;
  const column = Math.min(inner, MEASURE);
  const parts: string[] = [];
  let y = PAD;

  const heading = textBlock(fig.heading, PAD, y, inner, { size: 32, lineHeight: 38, weight: 700, serif: true, fill: p.ink, family: FONTS.serif });
  parts.push(heading.svg);
  y += heading.height + 10;
  const caption = textBlock(fig.caption, PAD, y, column, { size: 17, lineHeight: 24, fill: p.ink2, family: FONTS.sans });
  parts.push(caption.svg);
  y += caption.height + 24;

  const legend = drawLegend(fig.legend, PAD, y, inner, p);
  parts.push(legend.svg);
  y += legend.height + 24;

  if (fig.notes.length) {
    const top = y;
    for (const note of fig.notes) {
      const block = textBlock(note.text, PAD + 16, y, column - 16, { size: 17, lineHeight: 25, serif: true, fill: p.ink, family: FONTS.serif, lead: note.lead });
      parts.push(block.svg);
      y += block.height + 10;
    }
    parts.push(el('rect', { x: PAD, y: top - 2, width: 3, height: y - 10 - top + 6, fill: p.ink }));
    y += 22;
  }

  const graphic = fig.graphic(inner);
  parts.push(el('g', { transform: `translate(${PAD},${Math.round(y)})` }, graphic.svg));
  y += graphic.height + 16;

  if (fig.footnote) {
    const note = textBlock(fig.footnote, PAD, y, column, { size: 14, lineHeight: 20, fill: p.ink2, family: FONTS.sans });
    parts.push(note.svg);
    y += note.height + 16;
  }

  // Footer: a rule, the source on the left, the credit on the right.
  y += 8;
  parts.push(el('line', { x1: PAD, x2: width - PAD, y1: y + 0.5, y2: y + 0.5, stroke: p.rule }));
  y += 12;
  const creditW = measure(exportFiles.credit, 13, { bold: true });
  const source = textBlock(sourceLine(story.meta, shared.sourceLabel), PAD, y, inner - creditW - 32, { size: 13, lineHeight: 18, fill: p.ink3, family: FONTS.sans });
  parts.push(source.svg);
  parts.push(el('text', { x: width - PAD, y: y + 13 * 0.95, 'text-anchor': 'end', 'font-family': FONTS.sans, 'font-size': 13, 'font-weight': 700, fill: p.ink3 }, escapeXml(exportFiles.credit)));
  y += source.height + PAD;

  const height = Math.ceil(y);
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    el('svg', {
      xmlns: 'http://www.w3.org/2000/svg',
      width, height, viewBox: `0 0 ${width} ${height}`,
      role: 'img', 'aria-labelledby': 'export-title export-desc',
      'font-family': FONTS.sans,
    },
      el('title', { id: 'export-title' }, escapeXml(fig.heading)) +
      el('desc', { id: 'export-desc' }, escapeXml(`${fig.caption} ${sourceLine(story.meta, shared.sourceLabel)}`)) +
      el('rect', { width, height, fill: p.paper }) +
      parts.join(''),
    ) + '\n';
  return { svg, width, height };
}

/** A view as a standalone SVG document (a string). */
export function exportSvg(view: ExportView, story: Story, options: SvgOptions = {}): string {
  return buildSvg(view, story, options).svg;
}
