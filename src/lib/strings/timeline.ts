/** UI strings: the timeline section (re-exported by ../strings.ts). */

export const timeline = {
  caption: 'Each bar is an event, placed in the lane of who acted. A bar covers the whole day it happened on: the article gives no times of day.',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  presetsLabel: 'Time range',
  /** The preset windows' names; the key day's is the story's (story.json timeline.keyDay.preset). */
  presets: { whole: 'Whole story', after: 'Reactions & outlook' },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showing: (from: string, to: string) => `Showing ${from} to ${to}`,
  daysShort: (n: number) => `${n} days`,
  keysHint: 'Keys: ← → events in time, ↑ ↓ rows, Home End first and last, + − zoom, Shift + ← → pan, Enter shows the source, Escape hides the tooltip. Ctrl + scroll zooms; drag pans.',
  /** The same for touch screens (shown instead where the pointer is a finger). */
  touchHint: 'Tap an event for its source. Pinch to zoom; drag to move along the timeline.',
  wheelHint: 'Hold Ctrl (⌘ on Mac) and scroll to zoom the timeline',
  overviewLabel: (from: string, to: string) => `Overview of the whole story; the highlighted window shows ${from} to ${to}. Drag it to move.`,
  legend: {
    day: 'Known to the day (bar covers the whole day)',
    after: 'Undated: on or after the date, end unknown',
    forecast: 'Forecast (hollow, dashed)',
    year: 'Known only to the year',
  },
  eventAria: (title: string, date: string, lane: string, kind: string) => `${title}. ${date}. ${lane}. ${kind}.`,
  /** Appended to an event's name while it relates to the selection. */
  relatedAria: 'Related to the selection.',
  noMatches: 'No events match these filters.',
  tableCaption: 'Every event on the timeline, by date',
  tableHeaders: { date: 'Date', lane: 'Lane', event: 'Event', kind: 'Kind of claim' },
  /** A lane too dense to show event by event counts its events per period. */
  binTitle: (n: number) => `${n} events`,
  binAria: (n: number, lane: string, from: string, to: string) => `${n} events, ${lane}, ${from} to ${to}. Enter zooms in.`,
  binHint: 'Click or press Enter to zoom in.',
  binnedNote: 'Numbers count the events of a lane too busy to show one by one, per period: click one to zoom in.',
  /** The table lists the first rows of a long story until the reader asks for all. */
  tableFirst: (n: number, total: number) => `The first ${n} of ${total} events.`,
  showAll: (n: number) => `Show all ${n} events`,
} as const;
