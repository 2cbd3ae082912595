/**
 * Every view's component and heading, imported at once: for what draws the whole page in one
 * go (the build's prerender, App in dev and in the offline file). Code that loads in the
 * browser first imports only its own views (islands.ts) or loads them (viewLoaders.ts).
 */
import TimelineView from '../components/timeline/TimelineView.svelte';
import StancesView from '../components/stances/StancesView.svelte';
import ReactionsView from '../components/reactions/ReactionsView.svelte';
import type { ViewId } from '../lib/views.ts';
import type { ViewLoaded } from './viewLoaders.ts';

const FIGURES: Record<ViewId, ViewLoaded> = {
  timeline: { figure: TimelineView },
  stances: { figure: StancesView },
  reactions: { figure: ReactionsView },
};

/** The view's component and heading, as its loader in viewLoaders.ts gives them. */
export const viewFigure = (id: ViewId): ViewLoaded => FIGURES[id];
