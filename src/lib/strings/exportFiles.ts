/**
 * UI strings: what an exported file says (re-exported by ../strings.ts). Apart from the
 * Download menu's (./exporting.ts) so that they load with the export code, not with the page.
 */

export const exportFiles = {
  /** Bottom right of every exported image. */
  credit: 'Graphic: Summit Explorer',
  /** Several quotes in one CSV cell are separated by this. */
  quoteSeparator: ' … ',
  /** A list in one CSV cell (a reaction's topics). */
  listSeparator: '; ',
  columns: {
    timeline: ['ID', 'Date', 'Date precision', 'Lane', 'Event', 'Kind of claim', 'Quote from the article'],
    stances: ['ID', 'Issue', 'Side', 'Position', 'Key term', 'Kind of claim', 'How far apart', 'Quote from the article'],
    reactions: ['ID', 'Who reacted', 'Reacting to', 'Tone', 'Topics', 'Kind of claim', 'Quote from the article'],
  },
} as const;
