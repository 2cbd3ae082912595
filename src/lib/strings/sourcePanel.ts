/** UI strings: the sourcePanel section (re-exported by ../strings.ts). */
import type { Tone } from '../story/types.ts';

export const sourcePanel = {
  /** What the item is, shown above its headline. */
  types: {
    event: 'Event',
    actor: 'Person or organisation',
    topic: 'Topic',
    stance: 'Issue: where the two sides stand',
    reaction: 'Reaction',
  },
  /** A matrix cell says whose position it is. */
  close: 'Close',
  whoLabel: 'Who',
  groupLabel: 'Group',
  issueLabel: 'Issue',
  keyTermLabel: 'Key term, in the article’s words',
  reactingToLabel: 'Reacting to',
  toneLabel: 'Tone',
  toneBasisLabel: 'Why this tone',
  distanceLabel: 'How far apart',
  reasonLabel: 'Why',
  quotesHeading: 'In the article’s words',
  readInArticle: 'Read in the article',
  backToItem: 'Back to the item',
  articleFrom: 'The article',
  loading: 'Loading the article…',
  loadFailed: 'The article could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  notFound: 'This passage could not be found in the article.',
  markStart: 'Quoted passage: ',
  markEnd: ' (end of quoted passage)',
} as const;
