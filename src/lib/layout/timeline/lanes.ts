/**
 * The timeline's lanes, from the story file: its lanes in order (group ids and the joint
 * lane), the rule that sends an event whose actors include both of the joint lane's groups
 * to that lane, and the lanes' names.
 */
import type { ActorGroup, StoryEvent, StoryMeta } from '../../story/types.ts';
import { groupName } from '../../story/meta.ts';

/** A lane: one of the story's lane ids (a group with a lane, or the joint lane). */
export type LaneId = string;

/** The story's lanes, top to bottom. */
export function laneOrder(meta: StoryMeta): readonly LaneId[] {
  return meta.lanes.order;
}

/** The lane of an event: the joint lane when its actors include both of its groups; else the first actor's group that has a lane. */
export function laneOf(event: StoryEvent, groupOf: ReadonlyMap<string, ActorGroup>, meta: StoryMeta): LaneId {
  const groups = event.actors.map((id) => groupOf.get(id));
  const joint = meta.lanes.joint;
  if (joint && joint.groups.every((g) => groups.includes(g))) return joint.id;
  const first = groups.find((g): g is ActorGroup => g !== undefined && meta.lanes.order.includes(g));
  if (!first) throw new Error(`event ${event.id}: no actor with a timeline lane`);
  return first;
}

/** The lane's name as the chart, the table and the exports show it. */
export function laneLabel(lane: LaneId, meta: StoryMeta): string {
  return lane === meta.lanes.joint?.id ? meta.lanes.joint.label : groupName(meta, lane);
}
