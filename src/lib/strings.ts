/**
 * Every user-visible string of the page, in one place, so a Korean edition can follow by
 * swapping this module. Data strings (titles, quotes) come from data/ and are not here.
 * Sections: page, shared, timeline, matrix, network.
 */
import type { ActorGroup, ClaimKind, DatePrecision, Distance, Tone } from './story/types.ts';

export const page = {
  lang: 'en',
  kicker: 'Explainer',
  title: 'Lee meets Trump: the first Korea–US summit, traced to its source',
  dek: 'On 25 August 2025 the White House hosted President Lee Jae-myung’s first summit with President Donald Trump. What happened, where the two sides stand, and who reacted how — every mark below links back to a sentence of one news analysis.',
  howTo: 'Select any event, cell or line to read the passage it comes from. Each claim is labelled: reported fact, direct quote, media assessment, the article’s own analysis, or forecast.',
  sourcesHeading: 'Sources',
  sourcesIntro: 'All data on this page is drawn from one article. Nothing else was added: where the article gives no date or time, none is shown.',
  articleLabel: 'Article',
  seedFileLabel: 'File',
  quotesCount: (n: number) => `${n} verbatim quotes from the article support the graphics above.`,
  skipToTimeline: 'Skip to the timeline',
  nav: { timeline: 'Timeline', stances: 'Where they stand', reactions: 'Who reacted' },
  footer: 'Summit Explorer. Data and code: the project repository. No cookies, no tracking.',
} as const;

export const shared = {
  sourceLine: 'Source: “Lee Jae-myung and Trump: Can the Korea-U.S. Summit Mark a New Turning Point in the Alliance?” (in-depth analysis)',
  sourceLabel: 'Source',
  fromTheArticle: 'From the article',
  claimKindLabel: 'Kind of claim',
  dateLabel: 'Date',
  dateBasisLabel: 'How the date is known',
  close: 'Close',
  chart: 'Chart',
  table: 'Table',
  viewAs: 'Show as',
  claimKinds: {
    reported: 'Reported fact',
    quote: 'Direct quote',
    'media-assessment': 'Media assessment',
    analysis: 'The article’s analysis',
    forecast: 'Forecast',
  } satisfies Record<ClaimKind, string>,
  groups: {
    korea: 'South Korea',
    'united-states': 'United States',
    japan: 'Japan',
    media: 'International media',
    'korean-parties': 'Korean parties',
    'north-korea': 'North Korea',
  } satisfies Record<ActorGroup, string>,
  precisions: {
    day: 'Known to the day',
    month: 'Known to the month',
    year: 'Known to the year',
    after: 'Undated: on or after this date',
    expected: 'Expected: a forecast, no date given',
  } satisfies Record<DatePrecision, string>,
} as const;

export const timeline = {
  heading: 'From inauguration to the summit and beyond',
  caption: 'Each bar is an event, placed in the lane of who acted. A bar covers the whole day it happened on: the article gives no times of day.',
} as const;

export const matrix = {
  heading: 'Where the two sides stand',
  caption: 'Read across: Korea’s position, the US position, and what came of it. The marker between them shows how far apart the two sides were.',
  distances: {
    aligned: 'Aligned',
    close: 'Close',
    apart: 'Apart',
    opposed: 'Opposed',
  } satisfies Record<Distance, string>,
} as const;

export const network = {
  heading: 'Who reacted, and how',
  caption: 'Lines run from each reacting government, outlet or party to the summit and to the topics it spoke about. Colour and line style both show the tone.',
  tones: {
    welcome: 'Welcoming',
    positive: 'Positive',
    cautious: 'Cautious',
    critical: 'Critical',
  } satisfies Record<Tone, string>,
} as const;
