import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { storyJsonSchema } from '../../../src/build/story/jsonSchema.ts';
import { COLLECTIONS } from '../../../src/lib/story/schema.ts';

describe('published JSON Schema', () => {
  const committed = readFileSync('data/story.schema.json', 'utf8');

  test('is the one generated from the valibot schema (run `npm run build` to refresh)', () => {
    expect(committed).toBe(storyJsonSchema());
  });

  const schema = JSON.parse(committed) as { properties: Record<string, { items?: { required?: string[] } }> };

  test.each(COLLECTIONS)('describes %s, and every data file points at it', (key) => {
    expect(schema.properties[key]?.items?.required).toContain('id');
    const file = JSON.parse(readFileSync(`data/${key}.json`, 'utf8')) as { $schema?: string };
    expect(file.$schema).toBe('./story.schema.json');
  });
});
