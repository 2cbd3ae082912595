/** UI strings: the shared section (re-exported by ../strings.ts). */
import type { ClaimKind, DatePrecision } from '../story/types.ts';

export const shared = {
  sourceLabel: 'Source',
  fromTheArticle: 'From the article',
  claimKindLabel: 'Kind of claim',
  dateLabel: 'Date',
  dateBasisLabel: 'How the date is known',
  close: 'Close',
  chart: 'Chart',
  table: 'Table',
  viewAs: 'Show as',
  viewFailed: 'This graphic could not be drawn. The rest of the page still works; the same facts are in the other views.',
  /** The same, for a view alone (an embed), whose "full explainer" link follows it. */
  viewFailedAlone: 'This graphic could not be drawn. The same facts are in the full explainer, linked below.',
  retry: 'Try again',
  claimKinds: {
    reported: 'Reported fact',
    quote: 'Direct quote',
    'media-assessment': 'Media assessment',
    analysis: 'The article’s analysis',
    forecast: 'Forecast',
  } satisfies Record<ClaimKind, string>,
  precisions: {
    day: 'Known to the day',
    month: 'Known to the month',
    year: 'Known to the year',
    after: 'Undated: on or after this date',
    expected: 'Expected: a forecast, no date given',
  } satisfies Record<DatePrecision, string>,
} as const;
