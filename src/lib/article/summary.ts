/** Counts over the whole story, for the sources section. */
import { sourcesOf } from './provenance.ts';
import type { Story } from '../story/types.ts';

export function countQuotes(story: Story): { total: number; seeds: string[] } {
  let total = 0;
  const seeds = new Set<string>();
  for (const [, source] of sourcesOf(story)) {
    total++;
    seeds.add(source.seed);
  }
  return { total, seeds: [...seeds].sort() };
}
