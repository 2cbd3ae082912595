/**
 * The story's data model, as valibot schemas. Types are inferred from these, and the
 * published JSON Schema (data/story.schema.json) is generated from them, so the three
 * can never drift apart.
 */
import * as v from 'valibot';
import { CLAIM_KINDS, DATE_PRECISIONS, DISTANCES, TONES } from './constants.ts';
import { VIEW_IDS } from '../views.ts';

export { CLAIM_KINDS, DATE_PRECISIONS, DISTANCES, TONES };

/** Stable, readable ids: lower-case words joined by hyphens (`defense-cost-sharing`). */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  v.maxLength(60, 'must be at most 60 characters'),
);

/** Any string shown to a reader: not empty, not huge, and never markup. */
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((s) => !/[<>]/.test(s), 'must be plain text (no < or >)'),
  );
export const ShortText = text(80);
export const LongText = text(600);

/** A verbatim citation: `quote` must occur in `seeds/<seed>` (white space folded). */
export const Source = v.strictObject({
  seed: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must name a .txt file in seeds/')),
  quote: v.pipe(v.string(), v.minLength(12, 'is too short to cite (at least 12 characters)'), v.maxLength(1200)),
});
export const Sources = v.pipe(v.array(Source), v.minLength(1, 'needs at least one source quote'));

/**
 * What kind of claim an item is. The article mixes reporting with opinion; readers and
 * teachers filter on this, so every item carries one.
 */
export const ClaimKind = v.picklist(CLAIM_KINDS);

/** A group of actors, one of the story's own (data/story.json `groups`). */
export const ActorGroup = Id;

/** A two-letter country code, one of the story's own (data/story.json `countries`). */
export const CountryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code in capitals (KR)'));

export const Actor = v.strictObject({
  id: Id,
  name: ShortText,
  /** Label for tight spaces (`Hayashi`). */
  shortName: ShortText,
  type: v.picklist(['person', 'government', 'media', 'party']),
  role: ShortText,
  /** Only where the article makes it plain (omitted for the international outlets). */
  country: v.optional(CountryCode),
  group: ActorGroup,
  /** The political camp, one of the story's `camps`. */
  camp: v.optional(Id),
  /** The body a person speaks for (a minister for a government). */
  memberOf: v.optional(Id),
  kind: ClaimKind,
  sources: Sources,
});

export const Topic = v.strictObject({
  id: Id,
  name: ShortText,
  shortName: ShortText,
  /** `contested`: one of the three issues of the stance matrix; `theme`: other themes. */
  type: v.picklist(['contested', 'theme']),
  description: LongText,
  kind: ClaimKind,
  sources: Sources,
});

/**
 * How much of a date the article gives. `day`/`month`/`year`: the date is known to that
 * precision. `after`: reported, undated, known only to follow `date`. `expected`: a
 * forecast, not before `date`.
 */
export const DatePrecision = v.picklist(DATE_PRECISIONS);

/** ISO calendar date to day, month or year (`2025-08-25`, `2025-08`, `2026`). No times of day. */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD (no time of day)'),
);

export const Event = v.strictObject({
  id: Id,
  title: ShortText,
  summary: LongText,
  date: IsoDate,
  precision: DatePrecision,
  /** How the date was worked out, when the article does not print it. */
  derivation: v.optional(LongText),
  actors: v.pipe(v.array(Id), v.minLength(1, 'needs at least one actor')),
  topics: v.array(Id),
  kind: ClaimKind,
  sources: Sources,
});

/** Ordinal distance between the two sides on an issue, aligned → opposed. */
export const Distance = v.picklist(DISTANCES);

export const Position = v.strictObject({
  /** The position in a few words. */
  position: ShortText,
  /** The key term, in the article's words (`alliance modernization`). */
  keyTerm: v.optional(ShortText),
  detail: LongText,
  kind: ClaimKind,
  sources: Sources,
});

export const Stance = v.strictObject({
  id: Id,
  topic: Id,
  /** Each side's position, keyed by the side's id (data/story.json `sides`). */
  positions: v.record(Id, v.strictObject({ actor: Id, ...Position.entries })),
  outcome: Position,
  distance: Distance,
  /** Why the issue sits where it does on the aligned → opposed scale. */
  distanceReason: LongText,
  kind: ClaimKind,
  sources: Sources,
});

export const Tone = v.picklist(TONES);

export const Reaction = v.strictObject({
  id: Id,
  actor: Id,
  /** What was reacted to: the summit (an event id) or a leader (an actor id). */
  target: Id,
  tone: Tone,
  /** How the tone was judged, where the reaction's own words and the article differ. */
  toneBasis: v.optional(LongText),
  topics: v.pipe(v.array(Id), v.minLength(1, 'needs at least one topic')),
  summary: LongText,
  kind: ClaimKind,
  sources: Sources,
});

/**
 * One step of the classroom presentation: a short caption in our words, the items it lights
 * in the views, the article's words behind it, and questions for the teacher's notes.
 */
export const Step = v.strictObject({
  id: Id,
  title: ShortText,
  caption: LongText,
  /** Items lit in every view while the step shows. */
  focus: v.pipe(v.array(Id), v.minLength(1, 'needs at least one item to light')),
  /** The figure the step is about (`timeline`, `stances` or `reactions`). */
  view: v.picklist(VIEW_IDS),
  /** Discussion questions for the teacher's notes. */
  questions: v.pipe(v.array(LongText), v.minLength(2, 'needs two or three questions'), v.maxLength(3, 'needs two or three questions')),
  kind: ClaimKind,
  sources: Sources,
});

const schemaRef = v.optional(v.string());

/** One file per collection; each is `{ "$schema": ..., "<collection>": [...] }`. */
export const FILE_SCHEMAS = {
  actors: v.strictObject({ $schema: schemaRef, actors: v.array(Actor) }),
  topics: v.strictObject({ $schema: schemaRef, topics: v.array(Topic) }),
  events: v.strictObject({ $schema: schemaRef, events: v.array(Event) }),
  stances: v.strictObject({ $schema: schemaRef, stances: v.array(Stance) }),
  reactions: v.strictObject({ $schema: schemaRef, reactions: v.array(Reaction) }),
  steps: v.strictObject({ $schema: schemaRef, steps: v.array(Step) }),
} as const;
export type Collection = keyof typeof FILE_SCHEMAS;
export const COLLECTIONS = Object.keys(FILE_SCHEMAS) as Collection[];

/** The JSON Schema's shape: any one data file (its collection key plus `$schema`). */
export const DataFile = v.strictObject({
  $schema: schemaRef,
  actors: v.optional(v.array(Actor)),
  topics: v.optional(v.array(Topic)),
  events: v.optional(v.array(Event)),
  stances: v.optional(v.array(Stance)),
  reactions: v.optional(v.array(Reaction)),
  steps: v.optional(v.array(Step)),
});
