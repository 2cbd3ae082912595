/**
 * Every view's heading, by view id (lib/views.ts), for the lists that name every view at once:
 * the embed dialog's picker, the prerendered embed pages' titles, the page in dev. It imports
 * every view's strings, so code that loads first takes one view's heading from its own module.
 */
import type { ViewId } from '../views.ts';
import { timeline } from './timeline.ts';
import { stances } from './stances.ts';
import { reactions } from './reactions.ts';

export const viewHeadings: Record<ViewId, string> = {
  timeline: timeline.heading,
  stances: stances.heading,
  reactions: reactions.heading,
};
