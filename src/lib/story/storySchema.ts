/**
 * The story file (data/story.json): everything that belongs to the story rather than the
 * product. Its words, its two sides, its groups, camps and countries, the timeline's lanes,
 * the hub that reactions point at. The engine names none of these itself; it reads them here.
 */
import * as v from 'valibot';
import { CountryCode, Id, LongText, ShortText, Sources } from './schema.ts';

/** A colour as `#rrggbb`, for a side or group whose engine-assigned colour the story overrides. */
const Hex = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a colour as #rrggbb'));
/** An override per theme: the light and dark page, and the projector's high contrast. */
export const ColourOverride = v.strictObject({ light: Hex, dark: Hex, projector: v.optional(Hex) });

const Title = v.pipe(LongText, v.maxLength(160, 'must be at most 160 characters'));
const Named = v.strictObject({ id: Id, name: ShortText });

export const Side = v.strictObject({
  id: Id,
  /** Full name, for headers and legends (`Republic of Atlantis`). */
  name: ShortText,
  /** Direct label beside a marker (`Atlantis`). */
  shortName: ShortText,
  /** The name as an owner, inside a sentence (`Atlantis’s`, `the Union’s`). */
  possessive: ShortText,
  /** Column header of the stance matrix (`Atlantis (its president)`). */
  column: ShortText,
  /** What a cell of the side's column is, in the source panel (`Atlantis’s position`). */
  cellLabel: ShortText,
  /** The actor group whose colour the side wears. */
  group: Id,
});

export const Group = v.strictObject({
  id: Id,
  name: ShortText,
  /** Whether the group has a lane on the timeline (default true). */
  lane: v.optional(v.boolean()),
  /** Whether the explore bar offers it as a filter (default true). */
  filter: v.optional(v.boolean()),
  /** Colours other than the next ones of the engine's palette. */
  colour: v.optional(ColourOverride),
});

export const StoryFrame = v.strictObject({
  /** The language of the story's words (`en`, `ko`). */
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language tag (en, ko, en-GB)')),
  kicker: ShortText,
  title: Title,
  /** The standfirst under the title. */
  dek: LongText,
  /** The page's description for search engines and link previews. */
  description: LongText,
  /**
   * Where the explainer is published, if it has a canonical address
   * (`https://news.example/summit/`): link previews name it (`og:url`), and their card image's
   * address starts from it. Without it a preview names no page and the image by path only.
   */
  url: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/, 'must be an absolute address (https://…)'))),
  /** The article, as far as it names itself: title, and genre, outlet and date where it gives them. */
  source: v.strictObject({
    title: Title,
    genre: v.optional(ShortText),
    outlet: v.optional(ShortText),
    date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))),
    sources: Sources,
  }),
  /** The two sides of the stance matrix, in column order. */
  sides: v.tuple([Side, Side]),
  groups: v.pipe(v.array(Group), v.minLength(1, 'needs at least one group')),
  camps: v.array(Named),
  countries: v.array(v.strictObject({ id: CountryCode, name: ShortText })),
  /** The country whose actors the network puts last, as "home" (the others are "abroad"). */
  home: v.optional(CountryCode),
  lanes: v.strictObject({
    /** Lane ids top to bottom: group ids, and the joint lane's id. */
    order: v.pipe(v.array(Id), v.minLength(1, 'needs at least one lane')),
    /** Events whose actors include both groups go to this lane. */
    joint: v.optional(v.strictObject({ id: Id, label: ShortText, groups: v.tuple([Id, Id]) })),
  }),
  /** The event reactions are about, drawn as the network's hub. */
  hub: v.strictObject({ event: Id, label: ShortText }),
  /** The search box's placeholder: a few things worth searching for. */
  searchExample: ShortText,
  timeline: v.strictObject({
    heading: ShortText,
    /** The chart's accessible title. */
    title: Title,
    /** The day with the most day-precise events, marked as a band. */
    keyDay: v.strictObject({ label: ShortText, longLabel: ShortText, preset: ShortText }),
    /** A bracket from the actor's first dated event to the key day; `{n}` is the day count. */
    countFrom: v.optional(v.strictObject({ actor: Id, label: v.pipe(ShortText, v.includes('{n}', 'must contain {n}')) })),
    /** A note under the chart on the undated events. */
    undatedNote: v.optional(LongText),
  }),
  stances: v.strictObject({ heading: ShortText, caption: LongText, tableCaption: LongText }),
  reactions: v.strictObject({
    heading: ShortText,
    caption: LongText,
    title: Title,
    /** What was reacted to, inside a sentence (`the summit, President Lee`). */
    targets: ShortText,
    annotationLead: v.optional(ShortText),
    annotation: v.optional(LongText),
  }),
});

export const StoryFile = v.strictObject({ $schema: v.optional(v.string()), story: StoryFrame });
