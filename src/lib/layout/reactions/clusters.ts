/**
 * How the story's actors group and rank: every story-specific rule of the network lives
 * here (who is at home, which event is the summit), so making them data-driven stays a
 * change to this file alone.
 */
import type { Actor, Story, StoryEvent } from '../../story/types.ts';
import { reactions as strings } from '../../strings.ts';

/** Reacting actors in reading order: abroad before home, camps together, bodies before members. */
export function reactingActors(story: Story): Actor[] {
  const reacting = new Set(story.reactions.map((r) => r.actor));
  for (const a of story.actors) if (reacting.has(a.id) && a.memberOf) reacting.add(a.memberOf);
  const actors = story.actors.filter((a) => reacting.has(a.id));
  const cluster = (a: Actor) => a.camp ?? a.group;
  const clusters = [...new Set(actors.map(cluster))];
  const rank = (a: Actor) => (a.country === 'KR' ? 1000 : 0) + clusters.indexOf(cluster(a)) * 10 + (a.memberOf ? 1 : 0);
  return actors
    .map((a, i) => ({ a, i }))
    .sort((p, q) => rank(p.a) - rank(q.a) || p.i - q.i)
    .map((p) => p.a);
}

/** An actor's cluster key, `side/camp`: `home` or `abroad`, then its camp (or group). */
export function actorCluster(a: Actor): string {
  return `${a.country === 'KR' ? 'home' : 'abroad'}/${a.camp ?? a.group}`;
}

/** Slots left free between two neighbouring clusters: a small gap between camps, a larger one between sides. */
export function clusterGap(prev: string, next: string): number {
  return next.split('/')[0] !== prev.split('/')[0] ? 1 : 0.5;
}

/** An event's direct label: the summit's short one, else its title. */
export function eventLabel(ev: StoryEvent): string {
  return ev.id === 'summit' ? strings.summitLabel : ev.title;
}
