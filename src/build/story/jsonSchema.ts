/** The published JSON Schema for data files, generated from the valibot schema. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DataFile } from '../../lib/story/schema.ts';

export function storyJsonSchema(): string {
  // Checks valibot cannot express in JSON Schema (plain-text, trim) are enforced at build time.
  const schema = toJsonSchema(DataFile, { errorMode: 'ignore' });
  const out = { ...schema, title: 'Summit Explorer story data file', description:
    'One of data/actors.json, topics.json, events.json, stances.json or reactions.json. Generated from src/lib/story/schema.ts; do not edit.' };
  return JSON.stringify(out, null, 2) + '\n';
}
