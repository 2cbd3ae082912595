/**
 * The timeline as a static picture: the whole story from layoutTimeline, drawn as the page
 * draws it (lanes, day spans, open ends that fade, dashed forecasts, the summit band and
 * the days bracket) with literal colours instead of tokens.
 */
import { AXIS_H, BAR_H, LABEL_FONT, layoutTimeline } from '../layout/timeline.ts';
import type { Story } from '../story/types.ts';
import { timeline as strings } from '../strings.ts';
import type { ExportFigure } from './figure.ts';
import type { LegendGroup } from './legend.ts';
import { el, text } from './markup.ts';
import { FONTS, type Palette } from './palette.ts';

const HALO = (p: Palette) => ({ stroke: p.paper, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' });

function gradients(p: Palette, lanes: readonly string[]): string {
  return lanes.map((lane) => {
    const c = p.group[lane];
    return (
      el('linearGradient', { id: `fade-${lane}` }, el('stop', { offset: 0, 'stop-color': c, 'stop-opacity': 0.32 }) + el('stop', { offset: 1, 'stop-color': c, 'stop-opacity': 0 })) +
      el('linearGradient', { id: `edge-${lane}` }, el('stop', { offset: 0, 'stop-color': c, 'stop-opacity': 1 }) + el('stop', { offset: 1, 'stop-color': c, 'stop-opacity': 0.1 }))
    );
  }).join('');
}

function drawTimeline(story: Story, width: number, p: Palette) {
  const layout = layoutTimeline(story, { width });
  const out: string[] = [el('defs', {}, el('clipPath', { id: 'timeline-clip' }, el('rect', { x: 0, y: 0, width, height: layout.height })) + gradients(p, layout.lanes.map((l) => l.id)))];

  const axis = layout.ticks.map((tick) =>
    el('line', { x1: tick.x, x2: tick.x, y1: AXIS_H - 6, y2: layout.plotBottom, stroke: tick.major ? p.ruleStrong : p.rule }) +
    (tick.label ? text(tick.label, { x: tick.x + 4, y: 13, fill: p.ink2, ...HALO(p) }) : '') +
    (tick.year ? text(tick.year, { x: tick.x + 4, y: 27, fill: p.ink, 'font-weight': 700, ...HALO(p) }) : ''),
  );
  axis.push(el('line', { x1: 0, x2: width, y1: AXIS_H - 0.5, y2: AXIS_H - 0.5, stroke: p.ruleStrong }));
  out.push(el('g', { 'font-size': 12 }, axis.join('')));

  const plot: string[] = [];
  if (layout.summit) {
    const s = layout.summit;
    plot.push(el('rect', { x: s.x0, y: AXIS_H, width: Math.max(1.5, s.x1 - s.x0), height: layout.plotBottom - AXIS_H, fill: p.highlight, 'fill-opacity': 0.7 }));
    if (s.label) plot.push(text(s.label.text, { x: s.label.x, y: layout.plotTop - 13, 'font-size': 12, 'font-weight': 700, fill: p.ink }));
  }
  if (layout.bracket) {
    const b = layout.bracket;
    plot.push(el('path', { d: `M${b.x0} ${b.y - 4}V${b.y}H${b.x1}V${b.y - 4}`, fill: 'none', stroke: p.ink3 }));
    if (b.label) plot.push(text(b.label.text, { x: b.label.x, y: b.y - 6, 'font-size': 12, 'font-style': 'italic', 'text-anchor': 'middle', fill: p.ink2, ...HALO(p) }));
  }
  for (const lane of layout.lanes) {
    const c = p.group[lane.id];
    plot.push(el('line', { x1: 0, x2: width, y1: lane.y + 0.5, y2: lane.y + 0.5, stroke: c, 'stroke-opacity': 0.6 }));
    plot.push(text(lane.label.toUpperCase(), { x: 0, y: lane.y + 15, 'font-size': 12, 'font-weight': 700, 'letter-spacing': '0.06em', fill: c, ...HALO(p) }));
  }
  for (const m of layout.marks) {
    const c = p.group[m.lane];
    const y0 = m.barY;
    const y1 = m.barY + BAR_H;
    const w = m.drawX1 - m.drawX0;
    const dash = m.forecast ? '4 3' : null;
    if (m.shape === 'span') {
      const sliver = w < 4;
      plot.push(el('rect', {
        x: m.drawX0, y: y0, width: w, height: BAR_H, rx: 1,
        fill: sliver ? c : m.forecast && !m.faint ? 'none' : c,
        'fill-opacity': sliver ? null : m.forecast ? (m.faint ? 0.07 : null) : m.faint ? 0.09 : 0.22,
        stroke: sliver ? null : c, 'stroke-width': m.faint ? 1 : 1.5, 'stroke-dasharray': dash,
      }));
    } else {
      if (!m.forecast) plot.push(el('rect', { x: m.drawX0, y: y0, width: w, height: BAR_H, fill: `url(#fade-${m.lane})` }));
      plot.push(el('path', { d: `M${m.drawX1} ${y0}H${m.drawX0}V${y1}H${m.drawX1}`, fill: 'none', stroke: `url(#edge-${m.lane})`, 'stroke-width': 1.5, 'stroke-dasharray': dash }));
      plot.push(el('path', { d: `M${m.drawX0} ${y0}V${y1}`, stroke: c, 'stroke-width': 2, 'stroke-dasharray': dash }));
      plot.push(el('path', {
        d: `M${m.drawX1 - 7} ${y0 + 5}L${m.drawX1 - 2} ${(y0 + y1) / 2}L${m.drawX1 - 7} ${y1 - 5}`,
        fill: 'none', stroke: c, 'stroke-width': 1.75, 'stroke-linecap': 'round', 'stroke-linejoin': 'round',
      }));
    }
    if (m.label) plot.push(text(m.label.text, { x: m.label.x, y: m.label.y, 'font-size': LABEL_FONT, fill: p.ink }));
  }
  // A lane too busy to draw event by event shows counts (big stories), as on the page.
  for (const b of layout.bins) {
    plot.push(el('rect', { x: b.x0, y: b.barY, width: Math.max(1, b.x1 - b.x0 - 3), height: BAR_H, rx: 1, fill: p.group[b.lane], 'fill-opacity': 0.22, stroke: p.group[b.lane], 'stroke-width': 1.5 }));
    if (b.label) plot.push(text(b.label.text, { x: b.label.x, y: b.label.y, 'font-size': LABEL_FONT, 'font-weight': 700, 'text-anchor': 'middle', fill: p.ink }));
  }
  out.push(el('g', { 'clip-path': 'url(#timeline-clip)' }, plot.join('')));
  return { svg: el('g', { 'font-family': FONTS.sans }, out.join('')), height: layout.height };
}

function legend(p: Palette): LegendGroup[] {
  const ink = p.ink2;
  const arrow = el('path', { d: 'M23 5L27 8L23 11', fill: 'none', stroke: ink, 'stroke-width': 1.5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
  const key = (swatch: string, label: string) => ({ swatch, width: 30, height: 16, label });
  return [{
    keys: [
      key(el('rect', { x: 1, y: 2, width: 14, height: 12, fill: ink, 'fill-opacity': 0.22, stroke: ink, 'stroke-width': 1.5 }), strings.legend.day),
      key(
        el('defs', {}, el('linearGradient', { id: 'legend-fade' }, el('stop', { offset: 0, 'stop-color': ink, 'stop-opacity': 0.35 }) + el('stop', { offset: 1, 'stop-color': ink, 'stop-opacity': 0 }))) +
          el('rect', { x: 1, y: 2, width: 28, height: 12, fill: 'url(#legend-fade)' }) + el('path', { d: 'M1 2V14', stroke: ink, 'stroke-width': 2 }) + arrow,
        strings.legend.after,
      ),
      key(el('path', { d: 'M29 2H1V14H29', fill: 'none', stroke: ink, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }) + arrow, strings.legend.forecast),
      key(el('rect', { x: 1, y: 2, width: 28, height: 12, fill: ink, 'fill-opacity': 0.09, stroke: ink }), strings.legend.year),
    ],
  }];
}

export function timelineFigure(story: Story, p: Palette): ExportFigure {
  return {
    heading: story.meta.timeline.heading,
    caption: strings.caption,
    legend: legend(p),
    notes: [],
    graphic: (width) => drawTimeline(story, width, p),
    footnote: story.meta.timeline.undatedNote ? `→ ${story.meta.timeline.undatedNote}` : undefined,
  };
}
