/**
 * Load and validate the story: shape (valibot), then what a schema cannot see: unique ids,
 * references that resolve to the right kind of item, real dates that fit their precision,
 * and quotes that are verbatim in their seed. Pure: callers hand in file texts.
 */
import * as v from 'valibot';
import { COLLECTIONS, FILE_SCHEMAS, type Collection } from './schema.ts';
import { StoryFile } from './storySchema.ts';
import type { Story, StoryMeta } from './types.ts';
import { foldWhitespace, paragraphs, sourcesOf } from '../article/provenance.ts';
import { checkFrame } from './checkFrame.ts';

/** One thing wrong with the data, located as precisely as the data allows. */
export interface Problem {
  file: string;
  /** The item's id, or its index when it has no usable id. */
  item?: string;
  /** Dotted path inside the item (`sources[0].quote`). */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.item && `item "${p.item}"`, p.field && `field "${p.field}"`].filter(Boolean);
  return `${where.join(' › ')}: ${p.message}`;
}

export class StoryError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The story data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
      problems.map((p) => '  - ' + formatProblem(p)).join('\n'));
    this.name = 'StoryError';
  }
}

/** The data files' raw texts, by collection (and `story`, the story file), with the file name used in messages. */
export type StoryFiles = Record<Collection | 'story', { file: string; text: string | null }>;

type Item = { id?: unknown };

export function validateStory(files: StoryFiles, seeds: ReadonlyMap<string, string>): Story {
  const problems: Problem[] = [];
  const story: Partial<Story> = {};
  const meta = parseJson(files.story, problems);
  if (meta !== undefined) {
    const result = v.safeParse(StoryFile, meta);
    if (result.success) story.meta = result.output.story;
    else for (const issue of result.issues) problems.push(locateInStoryFile(files.story.file, issue));
  }

  for (const key of COLLECTIONS) {
    const { file } = files[key];
    const json = parseJson(files[key], problems);
    if (json === undefined) continue;
    const result = v.safeParse(FILE_SCHEMAS[key], json);
    if (!result.success) {
      for (const issue of result.issues) problems.push(locate(file, key, json, issue));
      continue;
    }
    (story as Record<string, unknown>)[key] = result.output[key as keyof typeof result.output];
  }
  if (problems.length) throw new StoryError(problems);
  const full = story as Story;
  problems.push(...checkIds(files, full), ...checkReferences(files, full), ...checkDates(files, full),
    ...checkQuotes(files, full, seeds), ...checkFrame(files, full));
  if (problems.length) throw new StoryError(problems);
  return full;
}

/** A file's JSON, or undefined (with a problem said) when it is missing or does not parse. */
function parseJson({ file, text }: { file: string; text: string | null }, problems: Problem[]): unknown {
  if (text === null) {
    problems.push({ file, message: 'is missing: every story needs this file, even with an empty list' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    problems.push({ file, message: `is not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

/** The story file is one object: its problems are located by field alone (`story.sides[1].group`). */
function locateInStoryFile(file: string, issue: v.BaseIssue<unknown>): Problem {
  const field = (issue.path ?? []).map((p) => p.key as string | number)
    .reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : String(p)), '');
  return { file, field: field || undefined, message: issue.message };
}

/** Turn a valibot issue path (`events[3].sources[0].quote`) into file › item › field. */
function locate(file: string, key: Collection, json: unknown, issue: v.BaseIssue<unknown>): Problem {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  if (path[0] !== key || path.length < 2) {
    return { file, field: path.join('.') || undefined, message: issue.message };
  }
  const index = path[1] as number;
  const raw = ((json as Record<string, Item[]>)[key] ?? [])[index];
  const id = raw && typeof raw.id === 'string' && raw.id ? raw.id : `#${index}`;
  const field = path.slice(2).reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : String(p)), '');
  return { file, item: id, field: field || undefined, message: issue.message };
}

function* items(story: Story): Generator<[Collection, { id: string }]> {
  for (const key of COLLECTIONS) for (const item of story[key]) yield [key, item];
}

function checkIds(files: StoryFiles, story: Story): Problem[] {
  const seen = new Map<string, Collection>();
  const problems: Problem[] = [];
  for (const [key, item] of items(story)) {
    const before = seen.get(item.id);
    if (before) {
      problems.push({ file: files[key].file, item: item.id, field: 'id',
        message: `duplicates an id already used in ${files[before].file}` });
    } else seen.set(item.id, key);
  }
  return problems;
}

function checkReferences(files: StoryFiles, story: Story): Problem[] {
  const ids = (key: Collection) => new Set(story[key].map((x) => x.id));
  const actors = ids('actors');
  const topics = ids('topics');
  const events = ids('events');
  const problems: Problem[] = [];
  const expect = (key: Collection, item: string, field: string, ref: string, pool: Set<string>, what: string) => {
    if (!pool.has(ref)) problems.push({ file: files[key].file, item, field, message: `"${ref}" is not a known ${what}` });
  };
  for (const a of story.actors) if (a.memberOf) expect('actors', a.id, 'memberOf', a.memberOf, actors, 'actor');
  for (const e of story.events) {
    e.actors.forEach((r, i) => expect('events', e.id, `actors[${i}]`, r, actors, 'actor'));
    e.topics.forEach((r, i) => expect('events', e.id, `topics[${i}]`, r, topics, 'topic'));
  }
  for (const s of story.stances) {
    expect('stances', s.id, 'topic', s.topic, topics, 'topic');
    for (const [side, p] of Object.entries(s.positions)) expect('stances', s.id, `positions.${side}.actor`, p.actor, actors, 'actor');
  }
  const everything = new Set([...actors, ...topics, ...events, ...ids('stances'), ...ids('reactions')]);
  for (const st of story.steps) {
    st.focus.forEach((f, i) => expect('steps', st.id, `focus[${i}]`, f, everything, 'item'));
  }
  for (const r of story.reactions) {
    expect('reactions', r.id, 'actor', r.actor, actors, 'actor');
    expect('reactions', r.id, 'target', r.target, new Set([...actors, ...events]), 'actor or event');
    r.topics.forEach((t, i) => expect('reactions', r.id, `topics[${i}]`, t, topics, 'topic'));
  }
  return problems;
}

/** Does `date` name a real calendar day, month or year? */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (!(y >= 1900 && y <= 2100)) return false;
  if (m === undefined) return true;
  if (!(m >= 1 && m <= 12)) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const PRECISION_PARTS = { year: 1, month: 2, day: 3 } as const;

function checkDates(files: StoryFiles, story: Story): Problem[] {
  const problems: Problem[] = [];
  for (const e of story.events) {
    const at = (field: string, message: string) => problems.push({ file: files.events.file, item: e.id, field, message });
    if (!isRealDate(e.date)) { at('date', `"${e.date}" is not a real date`); continue; }
    const parts = e.date.split('-').length;
    if (e.precision in PRECISION_PARTS) {
      const want = PRECISION_PARTS[e.precision as keyof typeof PRECISION_PARTS];
      if (parts !== want) {
        at('precision', `"${e.precision}" does not fit the date "${e.date}" (want ${['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][want - 1]})`);
      }
    } else if (!e.derivation) {
      at('derivation', `a date of precision "${e.precision}" is a bound, so the data must say how it was derived`);
    }
  }
  return problems;
}

function checkQuotes(files: StoryFiles, story: Story, seeds: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  // The article view marks a quote inside one paragraph (one line of the seed), so a quote
  // must lie within one; a quote across two would be verbatim but could not be shown.
  const folded = new Map([...seeds].map(([name, body]) => [name, { whole: foldWhitespace(body), lines: paragraphs(body).map(foldWhitespace) }]));
  const frame: [Collection | 'story', { id: string }] = ['story', { id: '', ...(story.meta as StoryMeta) }];
  for (const [key, item] of [...items(story), frame]) {
    // The story file's fields are named from its top (`story.source…`), as its other problems are.
    const prefix = key === 'story' ? 'story.' : '';
    for (const [field, source] of sourcesOf(item)) {
      const seed = folded.get(source.seed);
      const at = (what: string, message: string) =>
        problems.push({ file: files[key].file, item: item.id || undefined, field: `${prefix}${field}.${what}`, message });
      const quote = foldWhitespace(source.quote);
      const shown = `"${source.quote.slice(0, 60)}${source.quote.length > 60 ? '…' : ''}"`;
      if (seed === undefined) at('seed', `"${source.seed}" is not in seeds/`);
      else if (seed.lines.some((line) => line.includes(quote))) continue;
      else if (seed.whole.includes(quote)) at('quote', `runs across two paragraphs of ${source.seed}; cite within one paragraph: ${shown}`);
      else at('quote', `is not verbatim in ${source.seed}: ${shown}`);
    }
  }
  return problems;
}
