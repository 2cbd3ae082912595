/**
 * The product's own closed vocabularies (a story's groups, sides, lanes, camps and countries
 * are its own, in data/story.json), as plain arrays. The schema builds on these, and
 * browser code imports them from here so the validator (valibot) stays out of the bundle.
 */
export const CLAIM_KINDS = ['reported', 'quote', 'media-assessment', 'analysis', 'forecast'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'after', 'expected'] as const;
export const DISTANCES = ['aligned', 'close', 'apart', 'opposed'] as const;
export const TONES = ['welcome', 'positive', 'cautious', 'critical'] as const;
