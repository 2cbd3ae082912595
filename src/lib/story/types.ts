import type * as v from 'valibot';
import type * as s from './schema.ts';
import type * as f from './storySchema.ts';
import type { PackedReactionsLayout } from '../layout/reactions/packedLayout.ts';

export type Source = v.InferOutput<typeof s.Source>;
export type ClaimKind = v.InferOutput<typeof s.ClaimKind>;
export type ActorGroup = v.InferOutput<typeof s.ActorGroup>;
export type Actor = v.InferOutput<typeof s.Actor>;
export type Topic = v.InferOutput<typeof s.Topic>;
export type DatePrecision = v.InferOutput<typeof s.DatePrecision>;
export type StoryEvent = v.InferOutput<typeof s.Event>;
export type Distance = v.InferOutput<typeof s.Distance>;
export type Position = v.InferOutput<typeof s.Position>;
export type Stance = v.InferOutput<typeof s.Stance>;
export type Tone = v.InferOutput<typeof s.Tone>;
export type Reaction = v.InferOutput<typeof s.Reaction>;
export type Step = v.InferOutput<typeof s.Step>;
/** The story file: the story's words, sides, groups, lanes and hub (data/story.json). */
export type StoryMeta = v.InferOutput<typeof f.StoryFrame>;
export type Side = v.InferOutput<typeof f.Side>;
export type Group = v.InferOutput<typeof f.Group>;
export type ColourOverride = v.InferOutput<typeof f.ColourOverride>;

/** The validated story: every reference resolves, every quote is verbatim. */
export interface Story {
  /** What belongs to the story rather than the product (data/story.json). */
  meta: StoryMeta;
  actors: Actor[];
  topics: Topic[];
  events: StoryEvent[];
  stances: Stance[];
  reactions: Reaction[];
  /** The classroom presentation's steps, in order. */
  steps: Step[];
  /**
   * Not from data/: the reaction network laid out at build time, one per breakpoint
   * (layout/reactions/layoutReactions.ts). The app draws these; it never runs the simulation.
   */
  reactionsLayouts?: PackedReactionsLayout[];
}
