/** UI strings: the matrix section (re-exported by ../strings.ts). */
import type { Distance } from '../story/types.ts';

export const stances = {
  distances: {
    aligned: 'Aligned',
    close: 'Close',
    apart: 'Apart',
    opposed: 'Opposed',
  } satisfies Record<Distance, string>,
  /** The same words inside a sentence or label ("Trade & farming: opposed"). */
  distancesInline: {
    aligned: 'aligned',
    close: 'close',
    apart: 'apart',
    opposed: 'opposed',
  } satisfies Record<Distance, string>,
  issueColumn: 'Issue',
  distanceColumn: 'How far apart',
  outcomeColumn: 'Outcome',
  reasonColumn: 'Why',
  keyTermLabel: 'Key term, in the article’s words',
  /** Name of the keyboard grid of issues × positions. */
  gridLabel: 'Positions on the three contested issues',
  keysHint: 'Click or tap a position or a gauge for its source in the article; click an issue’s name to light it in all three views. Keys: arrows move, Enter opens, Escape hides the tip.',
  touchHint: 'Tap a position or a gauge for its source in the article; tap an issue’s name to light it in all three views.',
  touchHintAlone: 'Tap a position or a gauge for its source in the article; tap an issue’s name to light its row.',
  /** The same, for the matrix alone (an embed): there are no other views to light. */
  keysHintAlone: 'Click or tap a position or a gauge for its source in the article; click an issue’s name to light its row. Keys: arrows move, Enter opens, Escape hides the tip.',
  /** A cell's accessible name: column, issue, position, key term, claim kind. */
  cellAria: (column: string, issue: string, position: string, keyTerm: string | undefined, kind: string) =>
    `${column} on ${issue}: ${position}.${keyTerm ? ` “${keyTerm}”.` : ''} ${kind}.`,
  /** The gauge's accessible name; its reason is the description. */
  gaugeAria: (issue: string, distance: string, kind: string) => `${issue}: ${distance}. ${kind}.`,
  /** Appended to a mark's name while it relates to the current selection. */
  relatedSuffix: ' Related to the selection.',
  tipOpen: 'Click or press Enter for the sources.',
  tipSelect: 'Click or press Enter to light this issue in all three views.',
  tipSelectAlone: 'Click or press Enter to light this issue’s row.',
  filteredCell: 'Hidden by the filters',
  noMatches: 'No position in the matrix matches these filters.',
  markerLabel: (issue: string, distance: string) => `${issue}: ${distance}`,
  whyLabel: (distance: string) => `Why ${distance}?`,
  legendSides: 'Markers',
  legendScale: 'How far apart the two sides are',
  legendNote: 'The wider the gap between the markers, the further apart the two sides.',
  widestLabel: 'Widest gap',
  closestLabel: 'Closest',
  /** Annotation lead-in ("Widest gap: Trade & farming."); the two sides' key terms follow. */
  annotationLead: (label: string, issue: string) => `${label}: ${issue}.`,
  /** The two sides' key terms, side by side, after the lead-in (the sides' possessives, as the story file gives them). */
  annotationVersus: (first: string, firstWords: string, second: string, secondWords: string) =>
    `${first.charAt(0).toUpperCase()}${first.slice(1)} “${firstWords}” against ${second} “${secondWords}”.`,
  /** A long story shows its first issues until the reader asks for all. */
  firstIssues: (n: number, total: number) => `The first ${n} of ${total} issues.`,
  showAll: (n: number) => `Show all ${n} issues`,
} as const;
