/** What a story's reaction network must hold, counted from the data alone (not by the layout code). */
import type { Story } from '../../../src/lib/story/types.ts';

export function expectedCounts(s: Story) {
  const reacting = new Set(s.reactions.map((r) => r.actor));
  const memberships = s.actors.filter((a) => a.memberOf && reacting.has(a.id));
  for (const a of memberships) reacting.add(a.memberOf!);
  const targets = new Set(s.reactions.map((r) => r.target));
  const topics = new Set(s.reactions.flatMap((r) => r.topics));
  const reactionEdges = s.reactions.reduce((n, r) => n + 1 + r.topics.length, 0);
  return { actors: reacting.size, targets: targets.size, topics: topics.size, reactionEdges, memberEdges: memberships.length };
}
