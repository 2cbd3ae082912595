/** The timeline's lanes: which actor groups get one, in what order, and which lane an event goes in. */
import type { ActorGroup, StoryEvent } from '../../story/types.ts';
import { shared, timeline as strings } from '../../strings.ts';

/** A lane: an actor group (North Korea has none: it only reacts), or the joint lane. */
export type LaneId = Exclude<ActorGroup, 'north-korea'> | 'joint';

/** Top to bottom: Korea, the joint lane beside it, then the US and the reactions. */
export const LANE_ORDER: readonly LaneId[] = ['korea', 'joint', 'united-states', 'japan', 'media', 'korean-parties'];

/** The lane of an event: joint when Korea and the US both act; else the first actor's group that is not North Korea. */
export function laneOf(event: StoryEvent, groupOf: ReadonlyMap<string, ActorGroup>): LaneId {
  const groups = event.actors.map((id) => groupOf.get(id));
  if (groups.includes('korea') && groups.includes('united-states')) return 'joint';
  const first = groups.find((g): g is Exclude<ActorGroup, 'north-korea'> => g !== undefined && g !== 'north-korea');
  if (!first) throw new Error(`event ${event.id}: no actor with a timeline lane`);
  return first;
}

/** The lane's name as the chart, the table and the exports show it. */
export function laneLabel(lane: LaneId): string {
  return lane === 'joint' ? strings.jointLane : shared.groups[lane];
}
