/**
 * UI strings: the exporting section (re-exported by ../strings.ts): the Download menu, on every
 * page. What the files themselves say is in ./exportFiles.ts, loaded with the export code.
 */

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
  fileName: (view: string, extension: string) => `summit-explorer-${view}.${extension}`,
} as const;
