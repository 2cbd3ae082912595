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
  viewFailed: 'This graphic could not be drawn. The rest of the page still works; the same facts are in the other views.',
  retry: 'Try again',
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

export const explore = {
  toolbarLabel: 'Explore the story',
  searchLabel: 'Search',
  searchPlaceholder: 'Search: Hayashi, tariff, Kim Jong-un…',
  clearSearch: 'Clear search',
  kindsLegend: 'Kind of claim',
  groupsLegend: 'Who',
  topicsLegend: 'Topic',
  onlyReported: 'Only what was reported',
  onlyReportedHint: 'Reported facts and direct quotes: no assessments, analysis or forecasts',
  resetFilters: 'Show everything',
  filtersButton: (n: number) => (n ? `Filters (${n})` : 'Filters'),
  selectionLabel: 'Selected',
  clearSelection: 'Clear selection',
  clearSelectionHint: 'or press Escape',
  showing: (n: number, total: number) => `Showing ${n} of ${total} items`,
  noMatches: 'Nothing matches these filters.',
  count: (n: number) => `${n}`,
  theme: { label: 'Theme', auto: 'Auto', light: 'Light', dark: 'Dark', projector: 'Projector' },
  announceSelected: (label: string, related: number) =>
    `Selected: ${label}. ${related} related item${related === 1 ? '' : 's'} highlighted.`,
  announceCleared: 'Selection cleared.',
  announceFiltered: (n: number) => `Filters applied: ${n} item${n === 1 ? '' : 's'} shown.`,
  announceUnfiltered: 'Filters cleared: everything shown.',
} as const;

export const embedPage = {
  openFull: 'Open the full explainer',
} as const;

export const timeline = {
  heading: 'From inauguration to the summit and beyond',
  caption: 'Each bar is an event, placed in the lane of who acted. A bar covers the whole day it happened on: the article gives no times of day.',
  svgTitle: 'Timeline of the Lee–Trump summit story, June 2025 to 2026, in lanes by who acted',
  jointLane: 'Korea & US',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  presetsLabel: 'Time range',
  presets: { whole: 'Whole story', summit: 'Summit day', after: 'Reactions & outlook' },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showing: (from: string, to: string) => `Showing ${from} to ${to}`,
  daysInto: (n: number) => `${n} days into Lee’s presidency`,
  daysShort: (n: number) => `${n} days`,
  summitMarker: 'Summit',
  undatedNote: 'Undated: the article says only that these reactions and forecasts followed the summit, so they start on 25 August and stay open.',
  summitMarkerLong: 'Summit day: the article gives no times, so these events are stacked, not ordered',
  keysHint: 'Keys: ← → events in time, ↑ ↓ rows, Home End first and last, + − zoom, Shift + ← → pan, Enter shows the source, Escape hides the tooltip. Ctrl + scroll or pinch zooms; drag pans.',
  wheelHint: 'Hold Ctrl (⌘ on Mac) and scroll to zoom the timeline',
  overviewLabel: (from: string, to: string) => `Overview of the whole story; the highlighted window shows ${from} to ${to}. Drag it to move.`,
  legend: {
    day: 'Known to the day (bar covers the whole day)',
    after: 'Undated: on or after the date, end unknown',
    forecast: 'Forecast (hollow, dashed)',
    year: 'Known only to the year',
  },
  eventAria: (title: string, date: string, lane: string, kind: string) => `${title}. ${date}. ${lane}. ${kind}.`,
  /** Appended to an event's name while it relates to the selection. */
  relatedAria: 'Related to the selection.',
  noMatches: 'No events match these filters.',
  tableCaption: 'Every event on the timeline, by date',
  tableHeaders: { date: 'Date', lane: 'Lane', event: 'Event', kind: 'Kind of claim' },
} as const;

export const matrix = {
  heading: 'Where the two sides stand',
  caption: 'For each issue: Korea’s position, the US position and what came of it. The gap between the two markers shows how far apart the sides were.',
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
  /** Column header for a side: "South Korea (Lee Jae-myung)". */
  sideColumn: (country: string, person: string) => `${country} (${person})`,
  /** Direct labels beside the gauge markers on phones. */
  sideShort: { korea: 'Korea', us: 'US' },
  issueColumn: 'Issue',
  distanceColumn: 'How far apart',
  outcomeColumn: 'Outcome',
  reasonColumn: 'Why',
  keyTermLabel: 'Key term, in the article’s words',
  /** Name of the keyboard grid of issues × positions. */
  gridLabel: 'Positions on the three contested issues',
  keysHint: 'Click or tap a position or a gauge for its source in the article; click an issue’s name to light it in all three views. Keys: arrows move, Enter opens, Escape hides the tip.',
  /** A cell's accessible name: column, issue, position, key term, claim kind. */
  cellAria: (column: string, issue: string, position: string, keyTerm: string | undefined, kind: string) =>
    `${column} on ${issue}: ${position}.${keyTerm ? ` “${keyTerm}”.` : ''} ${kind}.`,
  /** The gauge's accessible name; its reason is the description. */
  gaugeAria: (issue: string, distance: string, kind: string) => `${issue}: ${distance}. ${kind}.`,
  /** Appended to a mark's name while it relates to the current selection. */
  relatedSuffix: ' Related to the selection.',
  tipOpen: 'Click or press Enter for the sources.',
  tipSelect: 'Click or press Enter to light this issue in all three views.',
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
  /** The two sides' key terms, side by side, after the lead-in. */
  annotationVersus: (korea: string, us: string) => `Korea’s “${korea}” against the US’s “${us}”.`,
  tableCaption: 'Where South Korea and the United States stand on the three contested issues, what came of it, and how far apart the two sides are.',
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
  /** The tone words inside a sentence or label ("Reuters on the summit: positive"). */
  tonesInline: {
    welcome: 'welcoming',
    positive: 'positive',
    cautious: 'cautious',
    critical: 'critical',
  } satisfies Record<Tone, string>,
  /** How each tone is drawn, for the legend and screen readers: colour is never the only cue. */
  toneStrokes: {
    welcome: 'solid line',
    positive: 'solid line ending in a dot',
    cautious: 'dashed line',
    critical: 'dotted line ending in a bar',
  } satisfies Record<Tone, string>,
  annotationLead: 'Abroad, a welcome. At home, a split.',
  annotation: 'Japan and the international press welcomed or praised the summit; only on North Korea was Japan cautious. In Seoul the verdict followed party lines: the Democratic Party hailed a “successful diplomatic achievement”, while People Power Party lawmakers asked whether only US demands had been accepted.',
  hint: 'Hover or focus a line or circle for the article’s words; click, tap or Enter opens its source. Keys: ← → every circle and line, ↑ ↓ round the focused circle’s lines, Home/End first/last, Esc hides the tip, then clears the selection. Drag circles to move them.',
  /** Label of an event that was reacted to; events have long titles, the graph needs a short one. */
  summitLabel: 'The summit',
  graphTitle: 'Network of reactions to the Lee–Trump summit',
  graphDescription: (actors: number, reactions: number, topics: number) =>
    `${actors} governments, outlets, parties and people, linked by ${reactions} reactions to the summit, President Lee and ${topics} topics. Left and right arrows step through them, up and down go round the lines of the focused circle; Enter or Space opens the source.`,
  legendNodes: 'Circles and diamonds',
  legendTones: 'Tone of the reaction',
  legendActor: 'Government, outlet or party (colour: its group)',
  legendPerson: 'A person quoted (smaller); a thin grey line joins a person to the body they speak for',
  legendTarget: 'What was reacted to: the summit, President Lee',
  legendTopic: 'Topic the reaction mentions (thick ring: a contested issue)',
  nodeAria: (name: string, role: string, count: string) => `${name}, ${role}. ${count}`,
  reactionCount: (n: number) => (n === 1 ? '1 reaction' : `${n} reactions`),
  edgeAria: (actor: string, target: string, tone: string) => `${actor} on ${target}: ${tone}`,
  /** Accessible name of a reaction line: the headline, then its claim kind. */
  edgeName: (headline: string, kind: string) => `${headline}. ${kind}`,
  /** Added to the accessible name of marks that relate to the current selection. */
  relatedNote: 'Related to the selection',
  noMatches: 'No reaction matches these filters. The faded circles keep their places.',
  listNoMatches: 'No reaction matches these filters.',
  roleTarget: 'reacted to',
  roleTopic: 'topic',
  speaksFor: 'Speaks for',
  reactionsHeading: 'Reactions',
  receivedHeading: 'Reactions to it',
  mentionedBy: 'Mentioned by',
  toneLabel: 'Tone',
  targetLabel: 'Reacting to',
  topicsLabel: 'Topics',
  listHeading: 'Reactions, by who reacted',
  toneBasisLabel: 'Why this tone',
  columnActors: 'Who reacted',
  columnTargets: 'Reacting to',
  columnTopics: 'Topics raised',
} as const;

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
  cellTypes: { korea: 'South Korea’s position', us: 'The US position', outcome: 'Outcome' },
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

export const embed = {
  button: 'Embed',
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
  sides: { korea: 'South Korea', us: 'United States', outcome: 'Outcome' },
  columns: {
    timeline: ['ID', 'Date', 'Date precision', 'Lane', 'Event', 'Kind of claim', 'Quote from the article'],
    stances: ['ID', 'Issue', 'Side', 'Position', 'Key term', 'Kind of claim', 'How far apart', 'Quote from the article'],
    reactions: ['ID', 'Who reacted', 'Reacting to', 'Tone', 'Topics', 'Kind of claim', 'Quote from the article'],
  },
} as const;

export const present = {
  /** Names the presentation for assistive technology and the browser tab. */
  label: 'Classroom presentation',
  counter: (n: number, total: number) => `Step ${n} of ${total}`,
  documentTitle: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title} | Summit Explorer`,
  notesDocumentTitle: (n: number, total: number) => `Teacher notes, step ${n} of ${total} | Summit Explorer`,
  fromTheArticle: 'From the article',
  previous: 'Previous',
  next: 'Next',
  previousStep: (title: string) => `Previous step: ${title}`,
  nextStep: (title: string) => `Next step: ${title}`,
  stepsNav: 'Steps',
  notes: 'Teacher notes',
  showNotes: 'Notes',
  openNotesWindow: 'Open notes in a new window',
  notesFollow: 'This window follows the presentation. Keys → and ← move both.',
  upNext: (title: string) => `Next: ${title}`,
  lastStep: 'This is the last step.',
  fullscreen: 'Full screen',
  blank: 'Blank screen',
  exit: 'Exit presentation',
  blanked: 'Screen blanked, press any key',
  keysHint: 'Keys: → or Page Down next, ← or Page Up back, F full screen, B blank, N notes',
  announceStep: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}`,
} as const;
