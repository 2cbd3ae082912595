import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSubhead, locateQuote, splitAtQuote } from '../../../src/lib/article/article.ts';
import { foldWhitespace, paragraphs, sourcesOf } from '../../../src/lib/article/provenance.ts';
import { loadStory } from '../../../src/build/story/readStory.ts';
import { HARBOUR_DIR } from '../../fixtures/harbour.ts';

describe('splitAtQuote', () => {
  test.each([
    {
      name: 'a quote inside the paragraph',
      paragraph: 'On 3 March 2024, the two mayors met on a ferry. It was a first.',
      quote: 'the two mayors met on a ferry.',
      split: { before: 'On 3 March 2024, ', mark: 'the two mayors met on a ferry.', after: ' It was a first.' },
    },
    {
      name: 'curly quotes kept verbatim, at the edge of the mark',
      paragraph: 'Vidal maintained that “the channel stays closed.” This was a warning.',
      quote: '“the channel stays closed.”',
      split: { before: 'Vidal maintained that ', mark: '“the channel stays closed.”', after: ' This was a warning.' },
    },
    {
      name: 'a curly apostrophe inside the quote',
      paragraph: 'Proposed just 40 days into Mayor Ahn’s term, it mattered.',
      quote: 'Mayor Ahn’s term',
      split: { before: 'Proposed just 40 days into ', mark: 'Mayor Ahn’s term', after: ', it mattered.' },
    },
    {
      name: 'white space folded: the mark keeps the paragraph’s own spacing',
      paragraph: 'the birth of the new idea of \t  “a shared bay” matters',
      quote: 'new idea of\n“a  shared bay”',
      split: { before: 'the birth of the ', mark: 'new idea of \t  “a shared bay”', after: ' matters' },
    },
    {
      name: 'extra white space around the quote is ignored',
      paragraph: 'Both ports laid the groundwork.',
      quote: '  laid the groundwork.\n',
      split: { before: 'Both ports ', mark: 'laid the groundwork.', after: '' },
    },
    {
      name: 'a quote spanning the whole paragraph',
      paragraph: 'Dredging Fund: Half, a Quarter or Even Shares',
      quote: 'Dredging Fund: Half, a Quarter or Even Shares',
      split: { before: '', mark: 'Dredging Fund: Half, a Quarter or Even Shares', after: '' },
    },
    {
      name: 'the first of two occurrences',
      paragraph: 'talks resumed; talks resumed again',
      quote: 'talks resumed',
      split: { before: '', mark: 'talks resumed', after: '; talks resumed again' },
    },
    {
      name: 'a decomposed accent matches its composed form',
      paragraph: 'The Cafe\u0301 ferry sailed.',
      quote: 'Caf\u00e9 ferry',
      split: { before: 'The ', mark: 'Caf\u00e9 ferry', after: ' sailed.' },
    },
  ])('$name', ({ paragraph, quote, split }) => {
    expect(splitAtQuote(paragraph, quote)).toEqual(split);
  });

  test.each([
    { name: 'a quote not in the paragraph', paragraph: 'Southhaven welcomed the meeting.', quote: 'Northport welcomed the meeting.' },
    { name: 'straight quotes do not match curly ones', paragraph: 'the idea of “a shared bay”', quote: 'the idea of "a shared bay"' },
    { name: 'an empty quote', paragraph: 'Southhaven welcomed the meeting.', quote: ' \n ' },
  ])('$name: null', ({ paragraph, quote }) => {
    expect(splitAtQuote(paragraph, quote)).toBeNull();
  });
});

describe('locateQuote', () => {
  const paras = ['First paragraph.', 'Second: the quote is here.', 'Third: the quote is here too.'];

  test.each([
    { quote: 'First paragraph.', index: 0 },
    { quote: 'the quote is here', index: 1 },
    { quote: 'the quote is here too', index: 2 },
    { quote: 'nowhere', index: -1 },
    // A quote is found within one paragraph, never across two.
    { quote: 'First paragraph. Second', index: -1 },
  ])('$quote → paragraph $index', ({ quote, index }) => {
    expect(locateQuote(paras, quote)?.index ?? -1).toBe(index);
  });

  test('finds every quote of the fixture story in its article, with the mark equal to the quote', () => {
    const story = loadStory(HARBOUR_DIR);
    const seeds = new Map<string, string[]>();
    const all = [...sourcesOf(story)];
    expect(all.length).toBeGreaterThan(30);
    // The story file cites the article's title line, which the article view shows as its heading.
    const title = foldWhitespace(story.meta.source.sources[0]!.quote);
    for (const [path, source] of all.filter(([, s]) => foldWhitespace(s.quote) !== title)) {
      if (!seeds.has(source.seed)) seeds.set(source.seed, paragraphs(readFileSync(join(HARBOUR_DIR, 'seeds', source.seed), 'utf8')).slice(1));
      const found = locateQuote(seeds.get(source.seed)!, source.quote);
      expect(found, path).not.toBeNull();
      expect(foldWhitespace(found!.split.mark), path).toBe(foldWhitespace(source.quote));
    }
  });
});

describe('isSubhead', () => {
  test.each([
    { line: 'The Ferry Meeting', subhead: true },
    { line: 'Dredging Fund: Half, a Quarter or Even Shares', subhead: true },
    { line: 'Southhaven’s Western Channel', subhead: true },
    { line: 'On 3 March 2024 Mayor Ahn and Mayor Rosa Vidal of Southhaven met on a ferry in the middle of the bay.', subhead: false },
    { line: 'The meeting holds special meaning in several respects:', subhead: false },
    { line: 'The Bay Courier called the meeting "a modest success"', subhead: false },
    { line: 'Mayor Vidal said the channel would “stay closed.”', subhead: false },
    { line: '- Northport’s demands: half of a shared dredging fund, the western channel opened to all boats', subhead: false },
    { line: 'Is this the end?', subhead: false },
    { line: '', subhead: false },
  ])('$line → $subhead', ({ line, subhead }) => {
    expect(isSubhead(line)).toBe(subhead);
  });
});
