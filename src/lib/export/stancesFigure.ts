/**
 * The stance matrix as a static picture. On the page it is an HTML grid; here it is an SVG
 * grid at the widths layoutStances gives its 'wide' mode: issue, the first side, the distance gauge,
 * the US, the outcome, and under the two sides why the issue sits where it does.
 */
import { distanceExtremes, gaugeGeometry, layoutStances, type ColumnKey, type Gauge } from '../layout/stances.ts';
import type { Distance, Position, Story } from '../story/types.ts';
import { stances as strings } from '../strings.ts';
import { positionOf } from '../story/stanceCells.ts';
import { sideLabels, versus } from '../layout/stancesText.ts';
import type { Drawn, ExportFigure } from './figure.ts';
import type { LegendGroup } from './legend.ts';
import { el, measure, text, textBlock } from './markup.ts';
import { FONTS, type Palette } from './palette.ts';
import { VIEWS } from '../views/viewFacts.ts';

/** The graphic needs the 'wide' grid (an issue column); narrower exports are widened to it. */
const MATRIX_MIN_WIDTH = VIEWS.stances.exportMinWidth;

const ROW_PAD = 22;
const INSET = 10;
const POSITION = { size: 19, lineHeight: 24, serif: true, weight: 700 } as const;
const TERM = { size: 15, lineHeight: 20, serif: true, italic: true } as const;

/** One distance gauge as on the page: the track, the gap in its distance colour, the two sides' markers. */
export function gaugeSvg(g: Gauge, distance: Distance, p: Palette): string {
  const half = g.square / 2;
  return (
    el('line', { x1: g.trackX0, x2: g.trackX1, y1: g.trackY, y2: g.trackY, stroke: p.rule, 'stroke-width': 2 }) +
    el('line', { x1: g.firstX, x2: g.secondX, y1: g.trackY, y2: g.trackY, stroke: p.distance[distance], 'stroke-width': g.r * 0.75 }) +
    el('circle', { cx: g.firstX, cy: g.trackY, r: g.r, fill: p.side[0], stroke: p.paper, 'stroke-width': 2 }) +
    el('rect', { x: g.secondX - half, y: g.trackY - half, width: g.square, height: g.square, fill: p.side[1], stroke: p.paper, 'stroke-width': 2 })
  );
}

/** A position and its key term, stacked; returns markup and height. */
function positionBlock(pos: Position, x: number, y: number, width: number, p: Palette): Drawn {
  const head = textBlock(pos.position, x, y, width, { ...POSITION, fill: p.ink, family: FONTS.serif });
  if (!pos.keyTerm) return head;
  const term = textBlock(`“${pos.keyTerm}”`, x, y + head.height + 8, width, { ...TERM, fill: p.ink2, family: FONTS.serif });
  return { svg: head.svg + term.svg, height: head.height + 8 + term.height };
}

function drawStances(story: Story, width: number, p: Palette, labels: Record<ColumnKey, string>, tags: Map<string, string>): Drawn {
  const layout = layoutStances(story, { width: Math.max(width, MATRIX_MIN_WIDTH) });
  const col = (key: ColumnKey) => layout.columns.find((c) => c.key === key)!;
  const out: string[] = [];

  // Column heads: a colour bar over each side, as on the page.
  const bar: Partial<Record<ColumnKey, string>> = { first: p.side[0], second: p.side[1], outcome: p.ink };
  let headH = 0;
  for (const c of layout.columns) {
    if (bar[c.key]) out.push(el('rect', { x: c.x, y: 0, width: c.width, height: 4, fill: bar[c.key]! }));
    const centred = c.key === 'distance';
    const block = textBlock(labels[c.key], c.x + INSET, 12, c.width - 2 * INSET, { size: 13, lineHeight: 17, weight: 700, fill: p.ink2, family: FONTS.sans });
    out.push(centred
      ? text(labels[c.key], { x: c.x + c.width / 2, y: 12 + 13 * 0.95, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700, fill: p.ink2, 'font-family': FONTS.sans })
      : block.svg);
    headH = Math.max(headH, 12 + block.height);
  }
  let y = headH + 10;

  for (const row of layout.rows) {
    const s = row.stance;
    out.push(el('line', { x1: 0, x2: width, y1: y + 0.5, y2: y + 0.5, stroke: p.ruleStrong }));
    const top = y + ROW_PAD;
    const parts: string[] = [];

    const issue = col('issue');
    const name = textBlock(row.topic.name, issue.x + INSET, top, issue.width - 2 * INSET, { ...POSITION, fill: p.ink, family: FONTS.serif });
    parts.push(name.svg);
    let issueH = name.height;
    const tag = tags.get(s.id);
    if (tag) {
      const label = tag.toUpperCase();
      const w = measure(label, 11, { bold: true }) + label.length * 0.66 + 12;
      const ty = top + name.height + 10;
      parts.push(el('rect', { x: issue.x + INSET, y: ty, width: w, height: 20, rx: 2, fill: p.highlight }));
      parts.push(text(label, { x: issue.x + INSET + 6, y: ty + 14, 'font-family': FONTS.sans, 'font-size': 11, 'font-weight': 700, 'letter-spacing': '0.06em', fill: p.ink }));
      issueH += 10 + 20;
    }

    const left = col('first');
    const right = col('second');
    const k = positionBlock(positionOf(s, story.meta, 'first'), left.x + INSET, top, left.width - 2 * INSET, p);
    const u = positionBlock(positionOf(s, story.meta, 'second'), right.x + INSET, top, right.width - 2 * INSET, p);
    parts.push(k.svg, u.svg);

    const dist = col('distance');
    const g = row.gauge;
    parts.push(el('g', { transform: `translate(${dist.x + INSET},${top - 4})` }, gaugeSvg(g, s.distance, p)));
    const word = strings.distances[s.distance];
    const ww = 14 + measure(word, 14, { bold: true });
    const wx = dist.x + dist.width / 2 - ww / 2;
    const wy = top - 4 + g.height + 6;
    parts.push(el('rect', { x: wx, y: wy + 3, width: 10, height: 8, fill: p.distance[s.distance] }));
    parts.push(text(word, { x: wx + 14, y: wy + 12, 'font-family': FONTS.sans, 'font-size': 14, 'font-weight': 700, fill: p.ink }));
    const distH = g.height + 6 + 16;

    const sidesH = Math.max(k.height, u.height, distH);
    const reasonTop = top + sidesH + 18;
    const rx = left.x;
    const rw = right.x + right.width - left.x;
    parts.push(el('line', { x1: rx, x2: rx + rw, y1: reasonTop - 8.5, y2: reasonTop - 8.5, stroke: p.rule, 'stroke-dasharray': '2 2' }));
    const why = strings.whyLabel(strings.distancesInline[s.distance]);
    const reason = textBlock(s.distanceReason, rx + INSET, reasonTop, rw - 2 * INSET, { size: 15, lineHeight: 21, fill: p.ink2, family: FONTS.sans, lead: why, leadFill: p.ink });
    parts.push(reason.svg);
    const leftH = sidesH + 18 + reason.height;

    const outcome = col('outcome');
    const o = positionBlock(s.outcome, outcome.x + 16, top + 16, outcome.width - 32, p);
    const boxH = o.height + 32;
    parts.unshift(el('rect', { x: outcome.x, y: top, width: outcome.width, height: boxH, fill: p.paper2 }));
    parts.push(o.svg);

    out.push(parts.join(''));
    y = top + Math.max(issueH, leftH, boxH) + ROW_PAD;
  }
  out.push(el('line', { x1: 0, x2: width, y1: y + 0.5, y2: y + 0.5, stroke: p.ruleStrong }));
  return { svg: el('g', { 'font-family': FONTS.sans }, out.join('')), height: y + 1 };
}

function legend(p: Palette, names: readonly [string, string]): LegendGroup[] {
  const r = 6;
  const side = r * Math.sqrt(Math.PI);
  return [
    {
      title: strings.legendSides,
      keys: [
        { swatch: el('circle', { cx: r, cy: r, r, fill: p.side[0] }), width: 2 * r, height: 2 * r, label: names[0] },
        { swatch: el('rect', { x: r - side / 2, y: r - side / 2, width: side, height: side, fill: p.side[1] }), width: 2 * r, height: 2 * r, label: names[1] },
      ],
    },
    {
      title: strings.legendScale,
      keys: (['aligned', 'close', 'apart', 'opposed'] as const).map((d, step) => {
        const g = gaugeGeometry(64, step, { r: 6 });
        return { swatch: gaugeSvg(g, d, p), width: g.width, height: g.height, label: strings.distances[d] };
      }),
      note: strings.legendNote,
    },
  ];
}

export function stancesFigure(story: Story, p: Palette): ExportFigure {
  // The page's column names.
  const labels: Record<ColumnKey, string> = { issue: strings.issueColumn, distance: strings.distanceColumn, ...sideLabels(story.meta) };
  const extremes = distanceExtremes(story.stances);
  const marked = extremes
    ? [{ label: strings.widestLabel, stance: extremes.widest }, ...(extremes.closest ? [{ label: strings.closestLabel, stance: extremes.closest }] : [])]
    : [];
  const shortName = (topic: string) => story.topics.find((t) => t.id === topic)?.shortName ?? topic;
  return {
    heading: story.meta.stances.heading,
    caption: story.meta.stances.caption,
    legend: legend(p, [story.meta.sides[0].name, story.meta.sides[1].name]),
    notes: marked.map(({ label, stance }) => ({
      lead: strings.annotationLead(label, shortName(stance.topic)),
      text: versus(story.meta, stance),
    })),
    graphic: (width) => drawStances(story, width, p, labels, new Map(marked.map((m) => [m.stance.id, m.label]))),
  };
}
