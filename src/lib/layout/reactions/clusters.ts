/**
 * How the story's actors group and rank, from the story file: actors of its `home`
 * country come last (abroad, then home), camps stay together, and its `hub` event gets
 * the story's short label.
 */
import type { Actor, Story, StoryEvent, StoryMeta } from '../../story/types.ts';

const isHome = (a: Actor, meta: StoryMeta) => meta.home !== undefined && a.country === meta.home;

/** Reacting actors in reading order: abroad before home, camps together, bodies before members. */
export function reactingActors(story: Story): Actor[] {
  const reacting = new Set(story.reactions.map((r) => r.actor));
  for (const a of story.actors) if (reacting.has(a.id) && a.memberOf) reacting.add(a.memberOf);
  const actors = story.actors.filter((a) => reacting.has(a.id));
  const cluster = (a: Actor) => a.camp ?? a.group;
  const clusters = [...new Set(actors.map(cluster))];
  const rank = (a: Actor) => (isHome(a, story.meta) ? 1000 : 0) + clusters.indexOf(cluster(a)) * 10 + (a.memberOf ? 1 : 0);
  return actors
    .map((a, i) => ({ a, i }))
    .sort((p, q) => rank(p.a) - rank(q.a) || p.i - q.i)
    .map((p) => p.a);
}

/** An actor's cluster key, `side/camp`: `home` or `abroad`, then its camp (or group). */
export function actorCluster(a: Actor, meta: StoryMeta): string {
  return `${isHome(a, meta) ? 'home' : 'abroad'}/${a.camp ?? a.group}`;
}

/** Slots left free between two neighbouring clusters: a small gap between camps, a larger one between sides. */
export function clusterGap(prev: string, next: string): number {
  return next.split('/')[0] !== prev.split('/')[0] ? 1 : 0.5;
}

/** An event's direct label: the hub's short one, else its title. */
export function eventLabel(ev: StoryEvent, meta: StoryMeta): string {
  return ev.id === meta.hub.event ? meta.hub.label : ev.title;
}
