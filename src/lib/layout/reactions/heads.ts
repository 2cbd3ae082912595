/** The column heads ("Who reacted", "To what", "About what") and the room they take. */
import { reactions as strings } from '../../strings.ts';
import { HEAD_FONT_SIZE, MARGIN } from './constants.ts';
import { textWidth } from './labels.ts';
import type { ColumnHead, LayoutMode, NodeKind, ReactionsNode, Rect } from './types.ts';

/** The box a column head takes up (estimated, as for labels). */
export function headBox(h: ColumnHead): Rect {
  const w = textWidth(h.text.toUpperCase(), HEAD_FONT_SIZE, true) + h.text.length * HEAD_FONT_SIZE * 0.06;
  const x0 = h.anchor === 'start' ? h.x : h.anchor === 'end' ? h.x - w : h.x - w / 2;
  return { x0, y0: 4, x1: x0 + w, y1: 4 + HEAD_FONT_SIZE * 1.25 };
}

/** Heads over the three columns, lined up with where the columns ended up. */
export function columnHeads(nodes: ReactionsNode[], width: number, mode: LayoutMode): ColumnHead[] {
  const median = (kind: NodeKind) => {
    const xs = nodes.filter((n) => n.kind === kind).map((n) => n.x).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)] ?? width / 2;
  };
  const actorX = Math.min(...nodes.filter((n) => n.kind === 'actor' && !n.person).map((n) => n.x));
  const topicX = median('topic');
  const wide = mode === 'wide';
  // Phones have no room for three heads in a row: the bold summit label names the middle.
  const heads: ColumnHead[] = wide
    ? [
        { text: strings.columnActors, x: actorX + 10, anchor: 'end' },
        { text: strings.columnTargets, x: median('target'), anchor: 'middle' },
        { text: strings.columnTopics, x: topicX - 8, anchor: 'start' },
      ]
    : [
        { text: strings.columnActors, x: MARGIN, anchor: 'start' },
        { text: strings.columnTopics, x: width - MARGIN, anchor: 'end' },
      ];
  // Keep each head's text inside the box.
  for (const h of heads) {
    const box = headBox(h);
    if (box.x0 < MARGIN) h.x += MARGIN - box.x0;
    if (box.x1 > width - MARGIN) h.x -= box.x1 - (width - MARGIN);
  }
  return heads;
}
