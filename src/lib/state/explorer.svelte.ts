/**
 * The explorer: the one piece of state every view reads and writes. Selection, filters,
 * search, the timeline's window, the theme and the open source panel live here; the views
 * meet only through it, and the URL mirrors it (see urlState.ts).
 */
import type { ClaimKind, ActorGroup, Story } from '../story/types.ts';
import { explore as strings } from '../strings.ts';
import { NO_FILTERS, REPORTED_ONLY, facetCounts, isFiltering, searchIds, visibleIds, type Filters } from './filters.ts';
import { relatedIds } from './related.ts';
import { indexStory, type StoryIndex } from './storyIndex.ts';
import { DEFAULT_STATE, type Theme, type UrlState } from './urlState.ts';

/** How a mark should look given the current selection. */
export type Emphasis = 'selected' | 'related' | 'dimmed' | 'none';

type Facet = 'kinds' | 'groups' | 'topics';
type FacetValue<F extends Facet> = F extends 'kinds' ? ClaimKind : F extends 'groups' ? ActorGroup : string;

export class Explorer {
  readonly story: Story;
  readonly index: StoryIndex;

  selected = $state<string | null>(null);
  filters = $state<Filters>(NO_FILTERS);
  /** The timeline's visible window as ISO days (end exclusive); null = the whole story. */
  window = $state<[string, string] | null>(null);
  theme = $state<Theme>('auto');
  /** The item whose source panel is open. */
  panel = $state<string | null>(null);
  /** Short text for the polite live region: the headline of what changed. */
  announcement = $state('');
  /** Items a presentation step lights, when nothing is selected. */
  spotlight = $state<string[] | null>(null);

  // Closures, because `story` and `index` are only set in the constructor.
  readonly related = $derived.by(() => {
    if (this.selected) return relatedIds(this.story, this.selected);
    if (!this.spotlight) return null;
    const all = new Set<string>();
    for (const id of this.spotlight) for (const r of relatedIds(this.story, id)) all.add(r);
    return all;
  });
  readonly filtering = $derived(isFiltering(this.filters));
  readonly visible = $derived.by(() => visibleIds(this.index, this.filters));
  readonly counts = $derived.by(() => facetCounts(this.index, this.filters));
  readonly searchMatches = $derived.by(() => searchIds(this.index, this.filters.query));

  /** Where focus goes back when the source panel closes. Not state: nothing renders it. */
  #opener: HTMLElement | SVGElement | null = null;

  constructor(story: Story, initial: Partial<UrlState> = {}) {
    this.story = story;
    this.index = indexStory(story);
    this.applyUrlState({ ...DEFAULT_STATE, ...initial });
  }

  /** The item's headline (event title, actor name, reaction summary…). */
  label(id: string): string {
    return this.index.items.get(id)?.label ?? id;
  }

  select(id: string | null): void {
    if (id !== null && !this.index.items.has(id)) return;
    this.selected = id;
    this.announcement = id ? strings.announceSelected(this.label(id), (this.related?.size ?? 1) - 1) : strings.announceCleared;
  }

  toggleSelect(id: string): void {
    this.select(this.selected === id ? null : id);
  }

  clearSelection(): void {
    if (this.selected !== null) this.select(null);
  }

  emphasis(id: string): Emphasis {
    if (this.selected) {
      if (id === this.selected) return 'selected';
      return this.related?.has(id) ? 'related' : 'dimmed';
    }
    if (this.spotlight) {
      if (this.spotlight.includes(id)) return 'selected';
      return this.related?.has(id) ? 'related' : 'dimmed';
    }
    return 'none';
  }

  /** Light a set of items in every view (a presentation step); null turns it off. */
  setSpotlight(ids: string[] | null): void {
    this.spotlight = ids && ids.length ? ids.filter((id) => this.index.items.has(id)) : null;
  }

  /** Whether a mark (event, cell `stance:side`, reaction) or what it involves passes the filters. */
  isVisible(id: string): boolean {
    return !this.filtering || this.visible.has(id);
  }

  /** The mark that opened the source panel, if it was opened from one (not from the URL). */
  get opener(): HTMLElement | SVGElement | null {
    return this.#opener;
  }

  openSource(id: string, opener: HTMLElement | SVGElement | null = null): void {
    if (!this.index.items.has(id)) return;
    this.#opener = opener;
    this.panel = id;
    if (this.selected !== id) this.select(id);
  }

  closeSource(): void {
    this.panel = null;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  }

  toggleFacet<F extends Facet>(facet: F, value: FacetValue<F>): void {
    const list = this.filters[facet] as string[];
    const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    this.filters = { ...this.filters, [facet]: next };
    this.announceFilters();
  }

  setQuery(query: string): void {
    this.filters = { ...this.filters, query: query.slice(0, 100) };
  }

  /** One click: only reported facts and direct quotes. */
  onlyReported(): void {
    this.filters = { ...this.filters, kinds: [...REPORTED_ONLY] };
    this.announceFilters();
  }

  resetFilters(): void {
    this.filters = NO_FILTERS;
    this.announceFilters();
  }

  setWindow(window: [string, string] | null): void {
    this.window = window;
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
  }

  get urlState(): UrlState {
    return { selected: this.selected, filters: this.filters, window: this.window, theme: this.theme };
  }

  applyUrlState(state: UrlState): void {
    this.selected = state.selected && this.index.items.has(state.selected) ? state.selected : null;
    this.filters = state.filters;
    this.window = state.window;
    this.theme = state.theme;
  }

  private announceFilters(): void {
    const marks = [...this.visible].filter((id) => {
      const type = this.index.items.get(id)?.type;
      return type === 'event' || type === 'cell' || type === 'reaction';
    }).length;
    this.announcement = this.filtering ? strings.announceFiltered(marks) : strings.announceUnfiltered;
  }
}
