/** The published JSON Schema for data files, generated from the valibot schema. */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { DataFile } from '../../lib/story/schema.ts';
import { StoryFrame } from '../../lib/story/storySchema.ts';

/** Any one data file: a collection file, or the story file (`story`). */
const AnyFile = v.strictObject({ ...DataFile.entries, story: v.optional(StoryFrame) });

export function storyJsonSchema(): string {
  // Checks valibot cannot express in JSON Schema (plain-text, trim) are enforced at build time.
  const schema = toJsonSchema(AnyFile, { errorMode: 'ignore' });
  const out = { ...schema, title: 'Summit Explorer story data file', description:
    'One of data/actors.json, topics.json, events.json, stances.json or reactions.json. Generated from src/lib/story/schema.ts; do not edit.' };
  return JSON.stringify(out, null, 2) + '\n';
}
