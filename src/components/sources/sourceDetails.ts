/**
 * What the source panel says about one item: what it is, its claim kind, the facts that
 * qualify it (date and precision, tone, distance…) and the quotes behind it. Pure lookups
 * over the story, so the panel's markup stays a plain loop.
 */
import { formatEventDate } from '../../lib/format.ts';
import type { StoryIndex } from '../../lib/state/storyIndex.ts';
import { OUTCOME, stanceCell } from '../../lib/story/stanceCells.ts';
import { groupName } from '../../lib/story/meta.ts';
import { stances, reactions, shared, sourcePanel as t } from '../../lib/strings.ts';
import type { ClaimKind, Distance, Source, Tone } from '../../lib/story/types.ts';

/** One labelled fact; `note` qualifies the value (the date's precision, the tone's basis). */
export interface Fact {
  label: string;
  value: string;
  note?: string;
  /** A token the value is drawn with besides its words (tone or distance colour). */
  swatch?: { tone: Tone } | { distance: Distance };
}

export interface SourceDetails {
  /** What the item is: "Event", "The US position"… */
  type: string;
  headline: string;
  /** A sentence under the headline: the event's summary, a cell's detail, an actor's role. */
  lede?: string;
  kind: ClaimKind;
  facts: Fact[];
  sources: Source[];
}

/** The panel's content for `id`, or null when the story has no such item. */
export function sourceDetails(index: StoryIndex, id: string): SourceDetails | null {
  const item = index.items.get(id);
  if (!item) return null;
  const { story } = index;
  const label = (ref: string) => index.items.get(ref)?.label ?? ref;
  const base = { headline: item.label, kind: item.kind };

  switch (item.type) {
    case 'event': {
      const e = story.events.find((x) => x.id === id)!;
      const facts: Fact[] = [{ label: shared.dateLabel, value: formatEventDate(e), note: shared.precisions[e.precision] }];
      if (e.derivation) facts.push({ label: shared.dateBasisLabel, value: e.derivation });
      facts.push({ label: t.whoLabel, value: e.actors.map(label).join(', ') });
      return { ...base, type: t.types.event, lede: e.summary, facts, sources: e.sources };
    }
    case 'actor': {
      const a = story.actors.find((x) => x.id === id)!;
      return { ...base, type: t.types.actor, lede: a.role, facts: [{ label: t.groupLabel, value: groupName(story.meta, a.group) }], sources: a.sources };
    }
    case 'topic': {
      const tp = story.topics.find((x) => x.id === id)!;
      return { ...base, type: t.types.topic, lede: tp.description, facts: [], sources: tp.sources };
    }
    case 'stance': {
      const s = story.stances.find((x) => x.id === id)!;
      return {
        ...base,
        type: t.types.stance,
        facts: [
          { label: t.distanceLabel, value: stances.distances[s.distance], swatch: { distance: s.distance } },
          { label: t.reasonLabel, value: s.distanceReason },
        ],
        sources: s.sources,
      };
    }
    case 'cell': {
      const cut = id.lastIndexOf(':');
      const side = id.slice(cut + 1);
      const s = story.stances.find((x) => x.id === id.slice(0, cut));
      const c = s && stanceCell(s, side);
      if (!s || !c) return null;
      const facts: Fact[] = c.keyTerm ? [{ label: t.keyTermLabel, value: `“${c.keyTerm}”` }] : [];
      if (c.actor) facts.push({ label: t.whoLabel, value: label(c.actor) });
      facts.push({ label: t.issueLabel, value: label(s.topic) });
      const type = side === OUTCOME ? stances.outcomeColumn : story.meta.sides.find((x) => x.id === side)!.cellLabel;
      return { ...base, type, lede: c.detail, facts, sources: c.sources };
    }
    case 'reaction': {
      const r = story.reactions.find((x) => x.id === id)!;
      const facts: Fact[] = [
        { label: t.whoLabel, value: label(r.actor) },
        { label: t.reactingToLabel, value: label(r.target) },
        { label: t.toneLabel, value: reactions.tones[r.tone], swatch: { tone: r.tone } },
      ];
      if (r.toneBasis) facts.push({ label: t.toneBasisLabel, value: r.toneBasis });
      return { ...base, type: t.types.reaction, facts, sources: r.sources };
    }
  }
}
