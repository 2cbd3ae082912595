/** UI strings: the embed section (re-exported by ../strings.ts). */

export const embed = {
  heading: 'Embed a view in your article',
  intro: 'Paste this code into your page’s HTML where the graphic should appear. It sizes itself to its content; the script line is needed once per page, however many views you embed.',
  close: 'Close',
  viewLegend: 'View',
  /** The picker's short names for the three views. */
  views: { timeline: 'Timeline', stances: 'Where they stand', reactions: 'Who reacted' },
  /** The iframe's title: the view's heading, then the product, so a screen reader knows what the frame holds. */
  iframeTitle: (heading: string) => `${heading} — Summit Explorer`,
  themeLegend: 'Theme',
  themes: { auto: 'Reader’s setting', light: 'Light', dark: 'Dark', host: 'Follow the host page' },
  carryState: 'Carry the current selection and filters',
  carryStateNone: 'Nothing is selected or filtered on this page now.',
  syncHash: 'Keep the view’s selection in the host page’s address',
  syncHashHint: 'A link to your article then reopens the same selection.',
  codeLabel: 'Code to paste',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Could not copy: the code is selected, press Ctrl+C (⌘C on a Mac).',
  previewLabel: 'Preview',
  previewNote: (width: number) => `In a ${width}-pixel article column`,
  previewScaled: (width: number, percent: number) => `In a ${width}-pixel article column, shown at ${percent}%`,
  previewTitle: (heading: string) => `Preview: ${heading}`,
  badOrigin: 'Embed codes need the explainer served over http or https.',
} as const;
