/** Small lookups into the story file (data/story.json) that the views share. */
import type { Group, StoryMeta } from './types.ts';
import type { ViewId } from '../views.ts';
import { formatIsoDate } from '../format.ts';

/** A group's name, as the story gives it; the id where the story has no such group. */
export function groupName(meta: StoryMeta, id: string): string {
  return meta.groups.find((g) => g.id === id)?.name ?? id;
}

/** The groups the explore bar offers as filters, in the story's order. */
export function filterGroups(meta: StoryMeta): Group[] {
  return meta.groups.filter((g) => g.filter !== false);
}

/** A story template with its `{name}` slots filled (`"{n} days into Lee’s presidency"`). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** A view's heading, in the story's words. */
export function viewHeading(meta: StoryMeta, view: ViewId): string {
  return meta[view].heading;
}

/** The article's genre, outlet and date, as far as the story gives them (`analysis, Bay Courier, March 2024`); empty if none. */
export function sourceAbout(meta: StoryMeta): string {
  const { genre, outlet, date } = meta.source;
  return [genre, outlet, date && formatIsoDate(date)].filter(Boolean).join(', ');
}

/** The source line under every figure: the article's title, and its genre, outlet and date where it gives them. */
export function sourceLine(meta: StoryMeta, label: string): string {
  const about = sourceAbout(meta);
  return `${label}: “${meta.source.title}”${about ? ` (${about})` : ''}`;
}
