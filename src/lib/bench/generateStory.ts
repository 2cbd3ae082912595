/**
 * Bigger stories for the benchmark: the real story copied `factor` times, with every copy
 * wired to the others, so the views meet a story that has grown the way a real one would
 * (more events spread over more months, more reactions, more contested issues), not a
 * hundred disconnected islands. Every quote is reused from the real article, so a generated
 * story passes the same validation as the real one. Pure and seeded: same input, same story.
 */
import type { Actor, Reaction, Stance, Story, StoryEvent, Topic } from '../story/types.ts';

/** How many copies of each collection a story `factor` times the real one gets. */
export interface Copies {
  /** Events, reactions, stances and their contested issues grow with the story. */
  items: number;
  /** Actors and themes grow more slowly: a longer story meets some new people, not a new cast per event. */
  cast: number;
}

export function copiesFor(factor: number): Copies {
  const items = Math.max(1, Math.round(factor));
  return { items, cast: Math.ceil(Math.sqrt(items)) };
}

/** The id of copy `k` of an item; copy 0 is the real item, unchanged. */
export function copyId(id: string, k: number): string {
  return k === 0 ? id : `${id}-x${k}`;
}

/** A label for copy `k`, kept within the schema's 80 characters. */
function copyText(text: string, k: number, max = 80): string {
  if (k === 0) return text;
  const suffix = ` ${k + 1}`;
  return text.slice(0, max - suffix.length).trimEnd() + suffix;
}

/** Park–Miller LCG: a few lines, no dependency, the same sequence everywhere. */
function lcg(seed: number): () => number {
  let s = Math.abs(Math.floor(seed)) % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Move an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) by `days`, keeping its precision. */
export function shiftDate(date: string, days: number): string {
  const parts = date.split('-').map(Number);
  if (parts.length === 3) {
    const d = new Date(Date.UTC(parts[0]!, parts[1]! - 1, parts[2]! + days));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  if (parts.length === 2) {
    const d = new Date(Date.UTC(parts[0]!, parts[1]! - 1 + Math.round(days / 30), 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  return String(parts[0]! + Math.round(days / 365));
}

/**
 * The real story at `factor` times its size (rounded to whole copies; 1 returns the story's
 * own items). References point at random copies of what they referred to, chosen by `seed`.
 */
export function generateStory(story: Story, factor: number, seed = 1): Story {
  const { items, cast } = copiesFor(factor);
  const random = lcg(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const contested = new Set(story.topics.filter((t) => t.type === 'contested').map((t) => t.id));
  const eventIds = new Set(story.events.map((e) => e.id));

  // Copy 0 keeps its real references, so the real story sits unchanged inside every bigger one.
  const actorRef = (id: string, k: number) => copyId(id, k === 0 ? 0 : pick(cast));
  const topicRef = (id: string, k: number) => copyId(id, k === 0 ? 0 : contested.has(id) ? pick(items) : pick(cast));
  const eventRef = (id: string, k: number) => copyId(id, k === 0 ? 0 : pick(items));
  // Spread the copies over more of the calendar as the story grows, as a long-running story would.
  const spread = Math.round(30 * Math.sqrt(items - 1));

  const actors: Actor[] = [];
  for (let k = 0; k < cast; k++) {
    for (const a of story.actors) {
      actors.push({
        ...a,
        id: copyId(a.id, k),
        name: copyText(a.name, k),
        shortName: copyText(a.shortName, k),
        ...(a.memberOf ? { memberOf: copyId(a.memberOf, k) } : {}),
      });
    }
  }

  const topics: Topic[] = [];
  for (const t of story.topics) {
    const n = contested.has(t.id) ? items : cast;
    for (let k = 0; k < n; k++) {
      topics.push({ ...t, id: copyId(t.id, k), name: copyText(t.name, k), shortName: copyText(t.shortName, k) });
    }
  }

  const events: StoryEvent[] = [];
  const stances: Stance[] = [];
  const reactions: Reaction[] = [];
  for (let k = 0; k < items; k++) {
    const days = k === 0 ? 0 : pick(2 * spread + 1) - spread;
    for (const e of story.events) {
      events.push({
        ...e,
        id: copyId(e.id, k),
        title: copyText(e.title, k),
        date: shiftDate(e.date, days),
        actors: e.actors.map((a) => actorRef(a, k)),
        topics: e.topics.map((t) => topicRef(t, k)),
      });
    }
    for (const s of story.stances) {
      stances.push({
        ...s,
        id: copyId(s.id, k),
        // Each contested issue has exactly one row in the matrix: copy k of the stance, copy k of its issue.
        topic: copyId(s.topic, k),
        positions: Object.fromEntries(Object.entries(s.positions).map(([side, p]) => [side, { ...p, actor: actorRef(p.actor, k) }])),
      });
    }
    for (const r of story.reactions) {
      reactions.push({
        ...r,
        id: copyId(r.id, k),
        actor: actorRef(r.actor, k),
        target: eventIds.has(r.target) ? eventRef(r.target, k) : actorRef(r.target, k),
        topics: [...new Set(r.topics.map((t) => topicRef(t, k)))],
      });
    }
  }

  return { meta: story.meta, actors, topics, events, stances, reactions, steps: story.steps.map((s) => ({ ...s })) };
}
