/** UI strings: the explore section (re-exported by ../strings.ts). */

export const explore = {
  /** The page toolbar's Embed button (opens the embed code dialog). */
  embedButton: 'Embed',
  /** Copies the page's address with its state; what follows is in ./share.ts (loaded on use). */
  copyLink: 'Copy link',
  toolbarLabel: 'Explore the story',
  searchLabel: 'Search',
  clearSearch: 'Clear search',
  kindsLegend: 'Kind of claim',
  groupsLegend: 'Who',
  topicsLegend: 'Topic',
  onlyReported: 'Only what was reported',
  onlyReportedHint: 'Reported facts and direct quotes: no assessments, analysis or forecasts',
  resetFilters: 'Show everything',
  filtersButton: (n: number) => (n ? `Filters (${n})` : 'Filters'),
  selectionLabel: 'Selected',
  /** The selection chip's hint: pressing it goes to the item. */
  showSelection: 'Show it in the graphic',
  clearSelection: 'Clear selection',
  clearSelectionHint: 'or press Escape',
  showing: (n: number, total: number) => `Showing ${n} of ${total} items`,
  noMatches: 'Nothing matches these filters.',
  count: (n: number) => `${n}`,
  theme: { label: 'Theme', auto: 'Auto', light: 'Light', dark: 'Dark', projector: 'Projector' },
  announceSelected: (label: string, related: number) =>
    `Selected: ${label}. ${related} related item${related === 1 ? '' : 's'} highlighted.`,
  announceCleared: 'Selection cleared.',
  announceFiltered: (n: number) => `Filters applied: ${n} item${n === 1 ? '' : 's'} shown.`,
  announceUnfiltered: 'Filters cleared: everything shown.',
} as const;
