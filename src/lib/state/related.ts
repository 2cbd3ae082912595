/**
 * Linked selection: what else relates to a selected item, in every view. Selecting
 * "North Korea" lights its matrix row, the events and reactions about it and who reacted.
 */
import type { Story } from '../story/types.ts';
import { CELL_SIDES, cellId } from './storyIndex.ts';

/** Ids related to `id` (the id itself included); empty when `id` is unknown. */
export function relatedIds(story: Story, id: string): Set<string> {
  const out = new Set<string>();
  const actor = story.actors.find((a) => a.id === id);
  const topic = story.topics.find((t) => t.id === id);
  const event = story.events.find((e) => e.id === id);
  // A matrix cell (`stance-id:korea`) relates as its row does.
  if (id.includes(':')) {
    const row = relatedIds(story, id.slice(0, id.indexOf(':')));
    if (row.size) row.add(id);
    return row;
  }
  const stance = story.stances.find((s) => s.id === id);
  const reaction = story.reactions.find((r) => r.id === id);
  if (!actor && !topic && !event && !stance && !reaction) return out;
  out.add(id);

  const addReaction = (r: Story['reactions'][number]) => {
    out.add(r.id);
    out.add(r.actor);
    out.add(r.target);
    r.topics.forEach((t) => out.add(t));
  };
  /** Everything about one topic: its matrix row, its events and its reactions. */
  const addTopic = (t: string) => {
    out.add(t);
    story.stances.filter((s) => s.topic === t).forEach((s) => out.add(s.id));
    story.events.filter((e) => e.topics.includes(t)).forEach((e) => out.add(e.id));
    story.reactions.filter((r) => r.topics.includes(t)).forEach((r) => {
      out.add(r.id);
      out.add(r.actor);
      out.add(r.target);
    });
  };

  if (topic) addTopic(topic.id);
  if (stance) addTopic(stance.topic);
  if (actor) {
    // A body speaks through its members (Japan's government through Hayashi).
    const who = new Set([actor.id, ...story.actors.filter((a) => a.memberOf === actor.id).map((a) => a.id)]);
    if (actor.memberOf) out.add(actor.memberOf);
    who.forEach((a) => out.add(a));
    story.reactions.filter((r) => who.has(r.actor) || r.target === actor.id).forEach(addReaction);
    story.events.filter((e) => e.actors.some((a) => who.has(a))).forEach((e) => out.add(e.id));
    story.stances.filter((s) => who.has(s.korea.actor) || who.has(s.us.actor)).forEach((s) => out.add(s.id));
  }
  if (event) {
    event.actors.forEach((a) => out.add(a));
    event.topics.forEach((t) => {
      out.add(t);
      story.stances.filter((s) => s.topic === t).forEach((s) => out.add(s.id));
    });
    story.reactions.filter((r) => r.target === event.id || (event.actors.includes(r.actor) && r.topics.some((t) => event.topics.includes(t))))
      .forEach(addReaction);
  }
  if (reaction) {
    addReaction(reaction);
    story.events.filter((e) => e.actors.includes(reaction.actor) && e.topics.some((t) => reaction.topics.includes(t)))
      .forEach((e) => out.add(e.id));
  }
  // A lit stance row lights its three cells.
  for (const s of story.stances) if (out.has(s.id)) CELL_SIDES.forEach((side) => out.add(cellId(s.id, side)));
  return out;
}
