/** UI strings: the exporting section (re-exported by ../strings.ts). */
import type { Tone } from '../story/types.ts';

export const exporting = {
  /** The disclosure button in each figure's header. */
  button: 'Download',
  /** Its accessible name: the visible word first, then which figure. */
  buttonLabel: (heading: string) => `Download: ${heading}`,
  svg: 'Image (SVG)',
  png: 'Image (PNG)',
  csv: 'Data (CSV)',
  svgHint: 'Sharp at any size; editable',
  pngHint: 'For slides, at double resolution',
  csvHint: 'Every item with its quote',
  preparing: 'Preparing the download…',
  done: (file: string) => `Downloaded ${file}.`,
  failed: 'The download could not be prepared. Try again, or use another format.',
  /** Bottom right of every exported image. */
  credit: 'Graphic: Summit Explorer',
  fileName: (view: string, extension: string) => `summit-explorer-${view}.${extension}`,
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
