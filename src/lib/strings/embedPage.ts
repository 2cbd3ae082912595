/** UI strings: the embedPage section (re-exported by ../strings.ts). */

export const embedPage = {
  openFull: 'Open the full explainer',
} as const;
