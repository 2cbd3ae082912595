/** UI strings: the network section (re-exported by ../strings.ts). */
import type { Tone } from '../story/types.ts';

export const reactions = {
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
    welcome: 'thick solid line',
    positive: 'thin solid line ending in a dot',
    cautious: 'dashed line',
    critical: 'dotted line ending in a bar',
  } satisfies Record<Tone, string>,
  touchHint: 'Tap a line or a circle to open its source in the article. Drag a circle to move it.',
  hint: 'Hover or focus a line or circle for the article’s words; click, tap or Enter opens its source. Keys: ← → every circle and line, ↑ ↓ round the focused circle’s lines, Home/End first/last, Esc hides the tip, then clears the selection. Drag circles to move them.',
  graphDescription: (actors: number, reactions: number, targets: string, topics: number) =>
    `${actors} governments, outlets, parties and people, linked by ${reactions} reactions to ${targets} and ${topics} topics. Left and right arrows step through them, up and down go round the lines of the focused circle; Enter or Space opens the source.`,
  legendNodes: 'Circles and diamonds',
  legendTones: 'Tone of the reaction',
  legendActor: 'Government, outlet or party (colour: its group)',
  legendPerson: 'A person quoted (smaller); a thin grey line joins a person to the body they speak for',
  legendTarget: (targets: string) => `What was reacted to: ${targets}`,
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
  /** A long story's list shows its first actors until the reader asks for all. */
  listFirst: (n: number, total: number) => `The first ${n} of ${total} who reacted.`,
  listShowAll: (n: number) => `Show all ${n}`,
  /** Over the graph when a very big story's lines are drawn as one picture. */
  linesAsPicture: 'So many lines that they are drawn as one picture: hover or focus a circle to light its lines; the list names every reaction.',
} as const;
