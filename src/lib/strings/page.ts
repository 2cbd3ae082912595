/** UI strings: the page section (re-exported by ../strings.ts). */

export const page = {
  lang: 'en',
  howTo: 'Select any event, cell or line to read the passage it comes from. Each claim is labelled: reported fact, direct quote, media assessment, the article’s own analysis, or forecast.',
  sourcesHeading: 'Sources',
  sourcesIntro: 'All data on this page is drawn from one article. Nothing else was added: where the article gives no date or time, none is shown.',
  articleLabel: 'Article',
  quotesCount: (n: number) => `${n} verbatim quotes from the article support the graphics above.`,
  skipToTimeline: 'Skip to the timeline',
  nav: { timeline: 'Timeline', stances: 'Where they stand', reactions: 'Who reacted' },
  footer: 'Summit Explorer. Data and code: the project repository. No cookies, no tracking.',
} as const;
