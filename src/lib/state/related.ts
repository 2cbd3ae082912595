/**
 * Linked selection: what else relates to a selected item, in every view. Selecting
 * a contested topic lights its matrix row, the events and reactions about it and who reacted.
 * The links are indexed once per story, so a selection costs what it lights, not the story's size.
 */
import type { Reaction, Stance, Story } from '../story/types.ts';
import { cellId, cellSides, stanceActors } from '../story/stanceCells.ts';

/** Items by each key they have (a topic, an actor…), each item once per key. */
function by<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

function index(story: Story) {
  return {
    actors: new Map(story.actors.map((a) => [a.id, a])),
    topics: new Set(story.topics.map((t) => t.id)),
    events: new Map(story.events.map((e) => [e.id, e])),
    stances: new Map(story.stances.map((s) => [s.id, s])),
    reactions: new Map(story.reactions.map((r) => [r.id, r])),
    /** A body's members (a government → its minister). */
    members: by(story.actors, (a) => (a.memberOf ? [a.memberOf] : [])),
    stancesByTopic: by(story.stances, (s) => [s.topic]),
    stancesByActor: by(story.stances, (s) => stanceActors(s, story.meta)),
    eventsByTopic: by(story.events, (e) => e.topics),
    eventsByActor: by(story.events, (e) => e.actors),
    reactionsByTopic: by(story.reactions, (r) => r.topics),
    reactionsByActor: by(story.reactions, (r) => [r.actor]),
    reactionsByTarget: by(story.reactions, (r) => [r.target]),
    cells: cellSides(story.meta),
  };
}
type Links = ReturnType<typeof index>;

/** One index per story object: the story never changes while the page lives. */
const indexes = new WeakMap<Story, Links>();

/** Ids related to `id` (the id itself included); empty when `id` is unknown. */
export function relatedIds(story: Story, id: string): Set<string> {
  let links = indexes.get(story);
  if (!links) indexes.set(story, (links = index(story)));
  return related(links, id);
}

function related(links: Links, id: string): Set<string> {
  const out = new Set<string>();
  // A matrix cell (`stance-id:side`) relates as its row does.
  if (id.includes(':')) {
    const row = related(links, id.slice(0, id.indexOf(':')));
    if (row.size) row.add(id);
    return row;
  }
  const actor = links.actors.get(id);
  const topic = links.topics.has(id) ? id : undefined;
  const event = links.events.get(id);
  const stance = links.stances.get(id);
  const reaction = links.reactions.get(id);
  if (!actor && !topic && !event && !stance && !reaction) return out;
  out.add(id);
  const stances = new Set<Stance>();

  const addReaction = (r: Reaction) => {
    out.add(r.id);
    out.add(r.actor);
    out.add(r.target);
    r.topics.forEach((t) => out.add(t));
  };
  /** Everything about one topic: its matrix row, its events and its reactions. */
  const addTopic = (t: string) => {
    out.add(t);
    links.stancesByTopic.get(t)?.forEach((s) => stances.add(s));
    links.eventsByTopic.get(t)?.forEach((e) => out.add(e.id));
    links.reactionsByTopic.get(t)?.forEach((r) => {
      out.add(r.id);
      out.add(r.actor);
      out.add(r.target);
    });
  };

  if (topic) addTopic(topic);
  if (stance) addTopic(stance.topic);
  if (actor) {
    // A body speaks through its members (a government through its minister).
    const who = [actor.id, ...(links.members.get(actor.id) ?? []).map((a) => a.id)];
    if (actor.memberOf) out.add(actor.memberOf);
    for (const a of who) {
      out.add(a);
      links.reactionsByActor.get(a)?.forEach(addReaction);
      links.eventsByActor.get(a)?.forEach((e) => out.add(e.id));
      links.stancesByActor.get(a)?.forEach((s) => stances.add(s));
    }
    links.reactionsByTarget.get(actor.id)?.forEach(addReaction);
  }
  if (event) {
    event.actors.forEach((a) => out.add(a));
    event.topics.forEach((t) => {
      out.add(t);
      links.stancesByTopic.get(t)?.forEach((s) => stances.add(s));
    });
    links.reactionsByTarget.get(event.id)?.forEach(addReaction);
    // What the event's actors said about its topics.
    for (const a of event.actors) {
      links.reactionsByActor.get(a)?.forEach((r) => {
        if (r.topics.some((t) => event.topics.includes(t))) addReaction(r);
      });
    }
  }
  if (reaction) {
    addReaction(reaction);
    links.eventsByActor.get(reaction.actor)?.forEach((e) => {
      if (e.topics.some((t) => reaction.topics.includes(t))) out.add(e.id);
    });
  }
  // A lit stance row lights its three cells.
  for (const s of stances) {
    out.add(s.id);
    links.cells.forEach((side) => out.add(cellId(s.id, side)));
  }
  return out;
}
