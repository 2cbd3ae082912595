/**
 * The reaction network's layout, tested on the fixture story (tests/fixtures/harbour): three
 * reacting actors (Southhaven's council and the Bay Courier abroad, Northport's Harbour Party
 * at home), two targets (the ferry meeting, Mayor Ahn) and two topics. Where a rule needs what
 * the fixture lacks (a member of a reacting body, two reactions along the same line), a
 * variant of the fixture is built here.
 */
import { describe, expect, test } from 'vitest';
import {
  clampToBox,
  edgeGeometry,
  headBox,
  LABEL_FONT_SIZE,
  labelPlacement,
  markBox,
  NETWORK_WIDTHS,
  pickReactionsLayout,
  unpackReactionsLayout,
  nodeBox,
  tooltipPlacement,
  overlaps,
  rectsOverlap,
  textWidth,
  TONE_STROKES,
  type ReactionsLayout,
  type Rect,
} from '../../../src/lib/layout/reactions/index.ts';
import { layoutReactions } from '../../../src/lib/layout/reactions/layoutReactions.ts';
import { TONES } from '../../../src/lib/story/constants.ts';
import type { Story } from '../../../src/lib/story/types.ts';
import { harbourStory } from '../../fixtures/harbour.ts';
import { expectedCounts } from './reactionsCounts.ts';

const story = harbourStory();
const WIDTHS = [320, 343, 375, 768, 1024, 1120, 1920];

/** The fixture plus the Harbour Party's leader, a member of the party, who also reacts. */
function withMember(s: Story): Story {
  const party = s.actors.find((a) => a.id === 'harbour-party')!;
  const leader = { ...party, id: 'party-leader', name: 'Harbour Party leader', shortName: 'Party leader', type: 'person' as const, memberOf: party.id };
  const reaction = { ...s.reactions.find((r) => r.actor === party.id)!, id: 'leader-doubts-deal', actor: leader.id, target: 'ferry-meeting' };
  return { ...s, actors: [...s.actors, leader], reactions: [...s.reactions, reaction] };
}

/** The fixture plus a second reaction of Southhaven's council to the meeting, about the same topic. */
function withParallel(s: Story): Story {
  const first = s.reactions.find((r) => r.id === 'council-will-study')!;
  return { ...s, reactions: [...s.reactions, { ...first, id: 'council-second-thoughts', tone: 'critical' as const }] };
}

const inside = (r: Rect, l: ReactionsLayout) => r.x0 >= 0 && r.y0 >= 0 && r.x1 <= l.width && r.y1 <= l.height;

describe('layoutReactions', () => {
  test('is deterministic: two runs give identical positions', () => {
    const a = layoutReactions(story, { width: 768 });
    const b = layoutReactions(story, { width: 768 });
    expect(b).toEqual(a);
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
  });

  test.each([
    // Each fixture reaction has one topic: an edge to its target and one to its topic.
    { name: 'the fixture', s: story, want: { actors: 3, targets: 2, topics: 2, reactionEdges: 6, memberEdges: 0 } },
    // The leader reacts too, and brings a line to the party (which reacts already).
    { name: 'the fixture with a member', s: withMember(story), want: { actors: 4, targets: 2, topics: 2, reactionEdges: 8, memberEdges: 1 } },
  ])('node and edge counts come from the data: $name', ({ s, want }) => {
    expect(expectedCounts(s)).toEqual(want);
    const l = layoutReactions(s, { width: 1024 });
    expect(l.nodes.filter((n) => n.kind === 'actor')).toHaveLength(want.actors);
    expect(l.nodes.filter((n) => n.kind === 'target')).toHaveLength(want.targets);
    expect(l.nodes.filter((n) => n.kind === 'topic')).toHaveLength(want.topics);
    expect(l.edges.filter((e) => e.kind === 'reaction')).toHaveLength(want.reactionEdges);
    expect(l.edges.filter((e) => e.kind === 'member')).toHaveLength(want.memberEdges);
    expect(new Set(l.nodes.map((n) => n.id)).size).toBe(l.nodes.length);
  });

  test('the nodes: reacting actors abroad then at home, then targets as first reacted to, then topics', () => {
    const l = layoutReactions(story, { width: 1024 });
    expect(l.nodes.map((n) => [n.kind, n.id, n.label])).toEqual([
      ['actor', 'southhaven-council', 'Council'],
      ['actor', 'bay-courier', 'Courier'],
      ['actor', 'harbour-party', 'Harbour Party'],
      ['target', 'ferry-meeting', 'The ferry meeting'], // the hub, with the story file's label
      ['target', 'mayor-ahn', 'Ahn'],
      ['topic', 'dredging-fund', 'Dredging'],
      ['topic', 'fishing-rights', 'Fishing'],
    ]);
  });

  test('a member\'s line runs from the member to its body', () => {
    const l = layoutReactions(withMember(story), { width: 1024 });
    expect(l.edges.filter((e) => e.kind === 'member').map((e) => [e.id, e.source, e.target])).toEqual([
      ['member:party-leader', 'party-leader', 'harbour-party'],
    ]);
  });

  test('one more reaction in the data means one more edge per target and topic', () => {
    const first = story.reactions[0]!;
    const extra = { ...first, id: 'reaction-extra', tone: 'critical' as const, topics: [first.topics[0]!] };
    const l = layoutReactions({ ...story, reactions: [...story.reactions, extra] }, { width: 768 });
    expect(l.edges.filter((e) => e.reaction === 'reaction-extra').map((e) => e.target)).toEqual([
      first.target,
      first.topics[0],
    ]);
  });

  test('node ids are the data ids; a reaction’s edge to its target carries the reaction id', () => {
    const l = layoutReactions(story, { width: 768 });
    const dataIds = new Set([...story.actors, ...story.events, ...story.topics].map((x) => x.id));
    for (const n of l.nodes) expect(dataIds.has(n.id), n.id).toBe(true);
    for (const r of story.reactions) {
      const own = l.edges.filter((e) => e.reaction === r.id);
      expect(own.map((e) => e.id)).toEqual([r.id, ...r.topics.map((t) => `${r.id}>${t}`)]);
      expect(own.map((e) => [e.source, e.target])).toEqual([[r.actor, r.target], ...r.topics.map((t) => [r.actor, t])]);
    }
    expect(new Set(l.edges.map((e) => e.id)).size).toBe(l.edges.length);
  });

  test('every edge joins two nodes, and each reaction edge carries its reaction’s tone', () => {
    const l = layoutReactions(story, { width: 768 });
    const ids = new Set(l.nodes.map((n) => n.id));
    for (const e of l.edges) {
      expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
      if (e.kind === 'reaction') expect(e.tone).toBe(story.reactions.find((r) => r.id === e.reaction)?.tone);
    }
  });

  test('parallel edges between the same pair bend apart; single ones stay straight', () => {
    expect(layoutReactions(story, { width: 768 }).edges.map((e) => e.bend)).toEqual(story.reactions.flatMap((r) => [0, ...r.topics.map(() => 0)]));
    // Two lines from the council to the meeting, two to dredging: 26 px apart, about the straight line.
    const l = layoutReactions(withParallel(story), { width: 768 });
    const bends = (source: string, target: string) => l.edges.filter((e) => e.source === source && e.target === target).map((e) => e.bend);
    expect(bends('southhaven-council', 'ferry-meeting')).toEqual([-13, 13]);
    expect(bends('southhaven-council', 'dredging-fund')).toEqual([-13, 13]);
    expect(bends('bay-courier', 'ferry-meeting')).toEqual([0]);
  });

  test.each(WIDTHS)('at %i px every node and label is inside the box', (width) => {
    const l = layoutReactions(story, { width });
    expect(l.width).toBe(width);
    for (const n of l.nodes) {
      expect(inside(nodeBox(n, n), l), `${n.id} mark`).toBe(true);
      expect(inside(labelPlacement(n, n).box, l), `${n.id} label`).toBe(true);
    }
  });

  test.each(WIDTHS)('at %i px no label overlaps another label or node', (width) => {
    const l = layoutReactions(story, { width });
    const boxes = l.nodes.map((n) => ({ id: n.id, mark: nodeBox(n, n), label: labelPlacement(n, n).box }));
    const clashes: string[] = [];
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        if (rectsOverlap(a.label, b.label) || rectsOverlap(a.label, b.mark) || rectsOverlap(a.mark, b.mark)) clashes.push(`${a.id} × ${b.id}`);
      }
    }
    expect(clashes).toEqual([]);
    expect(overlaps(l)).toEqual([]);
  });

  test.each([
    ...[375, 1024].map((width) => ({ name: 'with a member', s: withMember(story), width })),
    ...[375, 1024].map((width) => ({ name: 'with parallel lines', s: withParallel(story), width })),
  ])('$name, at $width px: every node and label inside the box, none overlapping', ({ s, width }) => {
    const l = layoutReactions(s, { width });
    for (const n of l.nodes) {
      expect(inside(nodeBox(n, n), l), `${n.id} mark`).toBe(true);
      expect(inside(labelPlacement(n, n).box, l), `${n.id} label`).toBe(true);
    }
    expect(overlaps(l)).toEqual([]);
  });

  test.each(WIDTHS)('at %i px the column heads fit above the nodes without touching', (width) => {
    const l = layoutReactions(story, { width });
    const boxes = l.heads.map(headBox);
    expect(boxes).toHaveLength(l.mode === 'wide' ? 3 : 2);
    for (const b of boxes) {
      expect(inside(b, l)).toBe(true);
      expect(b.y1).toBeLessThanOrEqual(l.top);
    }
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x0).toBeGreaterThan(boxes[i - 1]!.x1);
    for (const n of l.nodes) {
      expect(nodeBox(n, n).y0, n.id).toBeGreaterThanOrEqual(l.top);
      expect(labelPlacement(n, n).box.y0, n.id).toBeGreaterThanOrEqual(l.top);
    }
  });

  test.each(WIDTHS)('at %i px label boxes are at least as wide as their estimated text', (width) => {
    const l = layoutReactions(story, { width });
    for (const n of l.nodes) {
      const box = labelPlacement(n, n).box;
      expect(box.x1 - box.x0).toBeGreaterThanOrEqual(textWidth(n.label, LABEL_FONT_SIZE, n.bold));
    }
  });

  test('labels stay at least 12 px; phones get a taller box instead of smaller text', () => {
    expect(LABEL_FONT_SIZE).toBeGreaterThanOrEqual(12);
    expect(layoutReactions(story, { width: 320 }).height).toBeGreaterThan(layoutReactions(story, { width: 1024 }).height);
  });

  test.each([
    { width: 375, mode: 'narrow', side: 'below' },
    { width: 1024, mode: 'wide', side: 'left' },
  ])('at $width px reacting actors sit left of topics, with labels $side', ({ width, mode, side }) => {
    const l = layoutReactions(story, { width });
    expect(l.mode).toBe(mode);
    const actors = l.nodes.filter((n) => n.kind === 'actor');
    const topics = l.nodes.filter((n) => n.kind === 'topic');
    expect(Math.max(...actors.map((n) => n.x))).toBeLessThan(Math.min(...topics.map((n) => n.x)));
    expect(actors.filter((n) => n.labelSide === side).length).toBeGreaterThan(actors.length / 2);
  });

  test('abroad sits above home: reacting actors from outside the story\'s home (Northport) come first', () => {
    expect(story.meta.home).toBe('NP');
    const l = layoutReactions(story, { width: 1024 });
    const country = (ref: string) => story.actors.find((a) => a.id === ref)?.country;
    const actors = l.nodes.filter((n) => n.kind === 'actor');
    const abroad = actors.filter((n) => country(n.id) !== 'NP');
    const home = actors.filter((n) => country(n.id) === 'NP');
    expect(abroad.map((n) => n.id)).toEqual(['southhaven-council', 'bay-courier']);
    expect(home.map((n) => n.id)).toEqual(['harbour-party']);
    expect(Math.max(...abroad.map((n) => n.y))).toBeLessThan(Math.min(...home.map((n) => n.y)));
  });
});

describe('tone strokes', () => {
  test('every tone differs from every other by dash or marker, not by colour alone', () => {
    const looks = TONES.map((t) => `${TONE_STROKES[t].dash}|${TONE_STROKES[t].marker}`);
    expect(new Set(looks).size).toBe(TONES.length);
  });

  test('Welcoming and Positive, both solid, differ by weight at a glance (more than twice as heavy) and by the dot', () => {
    const [w, p] = [TONE_STROKES.welcome, TONE_STROKES.positive];
    expect(w.dash).toBeNull();
    expect(p.dash).toBeNull();
    expect(w.width / p.width).toBeGreaterThan(2);
    expect(w.width - p.width).toBeGreaterThanOrEqual(1.5);
    expect([w.marker, p.marker]).toEqual(['none', 'dot']);
  });
});

describe('clampToBox', () => {
  const l = layoutReactions(story, { width: 375 });
  test.each([
    { x: -500, y: -500 },
    { x: 5000, y: 5000 },
    { x: 187, y: 10_000 },
  ])('drags towards ($x, $y) stop with mark and label inside', (to) => {
    for (const n of l.nodes) {
      const p = clampToBox(n, to, l);
      expect(inside(nodeBox(n, p), l), n.id).toBe(true);
      expect(inside(labelPlacement(n, p).box, l), n.id).toBe(true);
    }
  });
  test('leaves a position that is already inside unchanged', () => {
    const n = l.nodes[0]!;
    expect(clampToBox(n, n, l)).toEqual({ x: n.x, y: n.y });
  });
});

describe('edgeGeometry', () => {
  test.each([
    { bend: 0, kind: 'L' },
    { bend: 20, kind: 'Q' },
  ])('runs rim to rim (bend $bend)', ({ bend, kind }) => {
    const s = { x: 0, y: 0, r: 10 };
    const t = { x: 100, y: 0, r: 8 };
    const g = edgeGeometry(s, t, bend);
    expect(g.d).toContain(kind);
    expect(Math.hypot(g.end.x - t.x, g.end.y - t.y)).toBeCloseTo(t.r + 3, 5);
    expect(Math.hypot(g.dir.x, g.dir.y)).toBeCloseTo(1, 5);
  });
});

describe('tooltipPlacement', () => {
  test.each([
    { anchor: { x: 10, y: 50 }, width: 375, want: { left: 0, top: 68 } },
    { anchor: { x: 370, y: 500 }, width: 375, want: { left: 55, bottom: 78 } },
    { anchor: { x: 500, y: 100 }, width: 1000, want: { left: 340, top: 118 } },
  ])('at $anchor.x,$anchor.y in a $width px box: $want', ({ anchor, width, want }) => {
    const p = tooltipPlacement(anchor, { width, height: 560 }, 320);
    expect(p).toEqual({ width: 320, ...want });
    expect(p.left + p.width).toBeLessThanOrEqual(width);
  });
  test.each([
    { side: 'above' as const, anchor: { x: 10, y: 50 }, want: { left: 0, bottom: 528 } },
    { side: 'below' as const, anchor: { x: 370, y: 500 }, want: { left: 55, top: 518 } },
  ])('told to go $side (the natural side would run off the page): $want', ({ side, anchor, want }) => {
    expect(tooltipPlacement(anchor, { width: 375, height: 560 }, 320, side)).toEqual({ width: 320, ...want });
  });
  test('never wider than the box', () => {
    expect(tooltipPlacement({ x: 100, y: 100 }, { width: 280, height: 560 }, 320)).toMatchObject({ left: 0, width: 280 });
  });
});

describe('markBox', () => {
  test.each([375, 1024])('at %i px it holds each node’s mark and label, with the padding around them', (width) => {
    const l = layoutReactions(story, { width });
    const origin = { x: 0, y: 0 };
    for (const n of l.nodes) {
      const box = markBox(n, 4);
      for (const inner of [nodeBox(n, origin), labelPlacement(n, origin).box]) {
        expect(box.x0, n.id).toBeLessThanOrEqual(inner.x0 - 4);
        expect(box.y0, n.id).toBeLessThanOrEqual(inner.y0 - 4);
        expect(box.x1, n.id).toBeGreaterThanOrEqual(inner.x1 + 4);
        expect(box.y1, n.id).toBeGreaterThanOrEqual(inner.y1 + 4);
      }
    }
  });
});

describe('build-time layouts (NETWORK_WIDTHS)', () => {
  // harbourStory() comes prepared, as the build serves it.
  const layouts = story.reactionsLayouts!;

  test('one packed layout per breakpoint, each the width it was made for', () => {
    expect(layouts.map((l) => l.width)).toEqual([...NETWORK_WIDTHS]);
  });

  test('unpacking gives back the layout the simulation made', () => {
    for (const width of [340, 720, 1000]) {
      const direct = layoutReactions(story, { width });
      const unpacked = unpackReactionsLayout(story, pickReactionsLayout(layouts, width));
      expect(unpacked).toEqual(direct);
    }
  });

  test.each([
    [200, 280],
    [280, 280],
    [343, 340],
    [375, 375],
    [599, 550],
    [600, 600],
    [1119, 1000],
    [1920, 1000],
  ])('a %i px box draws the %i px layout', (box, expected) => {
    expect(pickReactionsLayout(layouts, box).width).toBe(expected);
  });

  test('a layout made for another story is refused, not drawn wrongly', () => {
    // Without the council's reaction the council is no node: six nodes, not seven.
    const fewer = { ...story, reactions: story.reactions.slice(0, 2) };
    expect(() => unpackReactionsLayout(fewer, layouts[0]!)).toThrow(/rebuild/);
  });

  test('no layouts at all is an error the view boundary can show', () => {
    expect(() => pickReactionsLayout([], 600)).toThrow(/build time/);
  });
});
