/**
 * The reaction network as a static picture: nodes, tone-styled lines and labels from
 * the build-time layout (seeded, so the same every time), with the page's annotation above it.
 */
import { edgeGeometry, HEAD_FONT_SIZE, labelPlacement, LABEL_FONT_SIZE, pickReactionsLayout, reactingActors, TONE_STROKES, unpackReactionsLayout } from '../layout/reactions/index.ts';
import { TONES } from '../story/constants.ts';
import type { ActorGroup, Story, Tone } from '../story/types.ts';
import { reactions as strings, shared } from '../strings.ts';
import { groupName } from '../story/meta.ts';
import type { ExportFigure } from './figure.ts';
import type { LegendGroup } from './legend.ts';
import { el, text } from './markup.ts';
import { FONTS, type Palette } from './palette.ts';

function drawReactions(story: Story, width: number, p: Palette) {
  // The widest build-time layout that fits, centred in the picture's width.
  const layout = unpackReactionsLayout(story, pickReactionsLayout(story.reactionsLayouts ?? [], width));
  const dx = Math.max(0, Math.round((width - layout.width) / 2));
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const out: string[] = [];

  const heads = layout.heads.map((h) =>
    text(h.text.toUpperCase(), { x: h.x, y: 4 + HEAD_FONT_SIZE, 'text-anchor': h.anchor, 'font-size': HEAD_FONT_SIZE, 'font-weight': 700, 'letter-spacing': '0.06em', fill: p.ink3 }),
  );
  heads.push(el('line', { x1: 0, x2: layout.width, y1: layout.top - 4, y2: layout.top - 4, stroke: p.rule }));
  out.push(el('g', {}, heads.join('')));

  const geometry = (source: string, target: string, bend: number) => edgeGeometry(at.get(source)!, at.get(target)!, bend);
  out.push(el('g', { fill: 'none', stroke: p.ruleStrong, 'stroke-width': 1.25 },
    layout.edges.filter((e) => e.kind === 'member').map((e) => el('path', { d: geometry(e.source, e.target, e.bend).d })).join('')));

  const edges = layout.edges.filter((e) => e.kind === 'reaction').map((e) => {
    const g = geometry(e.source, e.target, e.bend);
    const tone = e.tone ?? 'positive';
    const stroke = TONE_STROKES[tone];
    const c = p.tone[tone];
    let end = '';
    if (stroke.marker === 'dot') end = el('circle', { cx: g.end.x - g.dir.x * 2, cy: g.end.y - g.dir.y * 2, r: 3.5, fill: c });
    else if (stroke.marker === 'bar') {
      end = el('line', { x1: g.end.x - g.dir.y * 5.5, y1: g.end.y + g.dir.x * 5.5, x2: g.end.x + g.dir.y * 5.5, y2: g.end.y - g.dir.x * 5.5, stroke: c, 'stroke-width': 2.5 });
    }
    return el('path', { d: g.d, fill: 'none', stroke: c, 'stroke-width': stroke.width, 'stroke-dasharray': stroke.dash }) + end;
  });
  out.push(el('g', {}, edges.join('')));

  const nodes = layout.nodes.map((n) => {
    const parts: string[] = [];
    if (n.kind === 'target') {
      const d = n.r * 1.15;
      parts.push(el('polygon', { points: `0,${-d} ${d},0 0,${d} ${-d},0`, fill: n.group ? p.group[n.group] : p.ink, stroke: p.paper, 'stroke-width': 2 }));
    } else if (n.kind === 'topic') {
      parts.push(el('circle', { r: n.r, fill: p.paper, stroke: p.ink2, 'stroke-width': n.contested ? 3.5 : 1.5 }));
    } else {
      parts.push(el('circle', { r: n.r, fill: p.group[n.group ?? 'media'], stroke: n.person ? p.paper : null, 'stroke-width': n.person ? 2 : null }));
    }
    const label = labelPlacement(n, { x: 0, y: 0 });
    const b = label.box;
    parts.push(el('rect', { x: b.x0, y: b.y0 + 1, width: b.x1 - b.x0, height: b.y1 - b.y0 - 2, rx: 2, fill: p.paper, 'fill-opacity': 0.75 }));
    parts.push(text(n.label, {
      x: label.x, y: label.y + LABEL_FONT_SIZE * 0.35, 'text-anchor': label.anchor === 'start' ? null : label.anchor,
      'font-weight': n.kind === 'target' ? 700 : null, fill: n.kind === 'topic' ? p.ink2 : p.ink,
      stroke: p.paper, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke',
    }));
    return el('g', { transform: `translate(${n.x},${n.y})` }, parts.join(''));
  });
  out.push(el('g', { 'font-size': LABEL_FONT_SIZE }, nodes.join('')));
  return { svg: el('g', { 'font-family': FONTS.sans, transform: dx ? `translate(${dx},0)` : null }, out.join('')), height: layout.height };
}

function toneSwatch(tone: Tone, p: Palette, width = 34) {
  const s = TONE_STROKES[tone];
  const c = p.tone[tone];
  let end = '';
  if (s.marker === 'dot') end = el('circle', { cx: width - 4, cy: 6, r: 3.5, fill: c });
  else if (s.marker === 'bar') end = el('line', { x1: width - 3, y1: 1, x2: width - 3, y2: 11, stroke: c, 'stroke-width': 2.5 });
  return { swatch: el('line', { x1: 1, y1: 6, x2: width - 4, y2: 6, stroke: c, 'stroke-width': s.width, 'stroke-dasharray': s.dash }) + end, width, height: 12 };
}

function legend(story: Story, p: Palette, groups: ActorGroup[]): LegendGroup[] {
  const box = (swatch: string) => ({ swatch: el('g', { transform: 'translate(11,11)' }, swatch), width: 22, height: 22 });
  return [
    { title: strings.legendTones, keys: TONES.map((tone) => ({ ...toneSwatch(tone, p), label: strings.tones[tone] })) },
    {
      title: strings.legendActor,
      keys: groups.map((g) => ({ swatch: el('circle', { cx: 6, cy: 6, r: 6, fill: p.group[g] }), width: 12, height: 12, label: groupName(story.meta, g) })),
    },
    {
      keys: [
        { ...box(el('line', { x1: -9, y1: -3, x2: 6, y2: 4, stroke: p.ruleStrong, 'stroke-width': 1.25 }) + el('circle', { cx: 4, cy: 3, r: 6, fill: p.ink3, stroke: p.paper, 'stroke-width': 2 })), label: strings.legendPerson },
        { ...box(el('polygon', { points: '0,-10 10,0 0,10 -10,0', fill: p.ink })), label: strings.legendTarget(story.meta.reactions.targets) },
        { ...box(el('circle', { r: 7, fill: p.paper, stroke: p.ink2, 'stroke-width': 3 })), label: strings.legendTopic },
      ],
    },
  ];
}

export function reactionsFigure(story: Story, p: Palette): ExportFigure {
  const groups = [...new Set(reactingActors(story).map((a) => a.group))];
  return {
    heading: story.meta.reactions.heading,
    caption: story.meta.reactions.caption,
    legend: legend(story, p, groups),
    notes: story.meta.reactions.annotation ? [{ lead: story.meta.reactions.annotationLead ?? '', text: story.meta.reactions.annotation }] : [],
    graphic: (width) => drawReactions(story, width, p),
  };
}
