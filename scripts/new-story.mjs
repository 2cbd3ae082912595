// @ts-nocheck -- a plain-JS command, run with node
// Scaffolds a story folder that builds at once: npm run new-story -- <dir> <article.txt>
// Copies the article into <dir>/seeds/ and writes <dir>/data/ with one item of each kind,
// every one citing the article's first sentence. Every field an editor must change says EDIT.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** The first sentence of the article's first paragraph after its title line, verbatim. */
export function firstSentence(text) {
  const paragraphs = text.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  // Subheads carry no full stop: the first paragraph that ends a sentence is the body.
  const body = paragraphs.find((p, i) => i > 0 && p.length >= 12 && /[.!?](\s|$)/.test(p)) ?? paragraphs[0] ?? '';
  const end = body.search(/[.!?](\s|$)/);
  return (end >= 11 ? body.slice(0, end + 1) : body).trim();
}

export function scaffold(dir, articlePath) {
  const root = resolve(dir);
  if (existsSync(root) && readdirSync(root).length > 0) throw new Error(`${dir} is not empty: choose a new folder`);
  const text = readFileSync(articlePath, 'utf8');
  const quote = firstSentence(text);
  if (quote.length < 12) throw new Error(`${articlePath}: no sentence of 12 characters or more to cite`);
  const seed = basename(articlePath).replace(/[^\w.-]/g, '_').replace(/(\.txt)?$/, '.txt');
  const sources = [{ seed, quote }];
  const title = text.split(/\r?\n/).find((l) => l.trim())?.trim().slice(0, 160) ?? 'EDIT: the article title';
  mkdirSync(join(root, 'seeds'), { recursive: true });
  mkdirSync(join(root, 'data'), { recursive: true });
  copyFileSync(articlePath, join(root, 'seeds', seed));
  const files = {
    story: {
      lang: 'en', kicker: 'Explainer', title: 'EDIT: the headline of your explainer',
      dek: 'EDIT: two sentences on what happened and what the reader will find below.',
      description: 'EDIT: one sentence for search engines and link previews.',
      source: { title, genre: 'EDIT: the genre (news, analysis)', sources },
      sides: [
        { id: 'side-a', name: 'EDIT: First side', shortName: 'EDIT: A', possessive: 'EDIT: A’s', column: 'EDIT: First side (its leader)', cellLabel: 'EDIT: The first side’s position', group: 'side-a' },
        { id: 'side-b', name: 'EDIT: Second side', shortName: 'EDIT: B', possessive: 'EDIT: B’s', column: 'EDIT: Second side (its leader)', cellLabel: 'EDIT: The second side’s position', group: 'side-b' },
      ],
      groups: [{ id: 'side-a', name: 'EDIT: First side' }, { id: 'side-b', name: 'EDIT: Second side' }],
      camps: [], countries: [],
      lanes: { order: ['side-a', 'joint', 'side-b'], joint: { id: 'joint', label: 'EDIT: Both sides', groups: ['side-a', 'side-b'] } },
      hub: { event: 'key-event', label: 'EDIT: The meeting' },
      searchExample: 'EDIT: Search: a name, a topic…',
      timeline: { heading: 'EDIT: The timeline’s heading', title: 'EDIT: Timeline of the story, in lanes by who acted', keyDay: { label: 'EDIT: Key day', longLabel: 'EDIT: Key day: what the band marks', preset: 'EDIT: Key day' } },
      stances: { heading: 'EDIT: Where the two sides stand', caption: 'EDIT: For each issue, each side’s position and what came of it.', tableCaption: 'EDIT: Where the two sides stand on each issue.' },
      reactions: { heading: 'EDIT: Who reacted, and how', caption: 'EDIT: Lines run from each reacting actor to what it reacted to.', title: 'EDIT: Network of reactions', targets: 'EDIT: the meeting' },
    },
    actors: [
      { id: 'actor-a', name: 'EDIT: First actor', shortName: 'EDIT: First', type: 'person', role: 'EDIT: role', group: 'side-a', kind: 'reported', sources },
      { id: 'actor-b', name: 'EDIT: Second actor', shortName: 'EDIT: Second', type: 'person', role: 'EDIT: role', group: 'side-b', kind: 'reported', sources },
    ],
    topics: [{ id: 'issue-one', name: 'EDIT: The first contested issue', shortName: 'EDIT: Issue', type: 'contested', description: 'EDIT: what the issue is.', kind: 'reported', sources }],
    events: [{ id: 'key-event', title: 'EDIT: What happened', summary: 'EDIT: one or two sentences.', date: '2000-01-01', precision: 'day', derivation: 'EDIT: the date is a placeholder; give the article’s date and say how it is known.', actors: ['actor-a', 'actor-b'], topics: ['issue-one'], kind: 'reported', sources }],
    stances: [{
      id: 'stance-issue-one', topic: 'issue-one',
      positions: {
        'side-a': { actor: 'actor-a', position: 'EDIT: the first side’s position', detail: 'EDIT: in a sentence.', kind: 'reported', sources },
        'side-b': { actor: 'actor-b', position: 'EDIT: the second side’s position', detail: 'EDIT: in a sentence.', kind: 'reported', sources },
      },
      outcome: { position: 'EDIT: what came of it', detail: 'EDIT: in a sentence.', kind: 'reported', sources },
      distance: 'apart', distanceReason: 'EDIT: why the sides sit this far apart, from the article.', kind: 'analysis', sources,
    }],
    reactions: [{ id: 'reaction-a', actor: 'actor-a', target: 'key-event', tone: 'positive', topics: ['issue-one'], summary: 'EDIT: what was said, and by whom.', kind: 'quote', sources }],
    steps: [{ id: 'step-one', title: 'EDIT: the first step', caption: 'EDIT: what the class should see.', focus: ['key-event'], view: 'timeline', questions: ['EDIT: a first question?', 'EDIT: a second question?'], kind: 'reported', sources }],
  };
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(join(root, 'data', `${name}.json`), JSON.stringify({ [name]: body }, null, 2) + '\n');
  }
  return { seed, quote, files: Object.keys(files).map((n) => join(dir, 'data', `${n}.json`)) };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const [dir, article] = process.argv.slice(2);
  if (!dir || !article) {
    console.error('usage: npm run new-story -- <dir> <article.txt>');
    process.exit(2);
  }
  try {
    const made = scaffold(dir, article);
    console.log(`Wrote ${dir}/seeds/${made.seed} and:\n  ${made.files.join('\n  ')}\nEvery item cites: “${made.quote}”`);
    console.log(`Change every field that starts with EDIT, then:\n  STORY=${dir} npm run dev`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
