import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { isSubhead, locateQuote, splitAtQuote } from '../../../src/lib/article/article.ts';
import { foldWhitespace, paragraphs, sourcesOf } from '../../../src/lib/article/provenance.ts';
import { loadStory } from '../../../src/build/story/readStory.ts';

describe('splitAtQuote', () => {
  test.each([
    {
      name: 'a quote inside the paragraph',
      paragraph: 'On August 25, 2025, the White House hosted the summit. It was historic.',
      quote: 'the White House hosted the summit.',
      split: { before: 'On August 25, 2025, ', mark: 'the White House hosted the summit.', after: ' It was historic.' },
    },
    {
      name: 'curly quotes kept verbatim, at the edge of the mark',
      paragraph: 'Lee maintained that “existing agreements must be respected.” This was a strategy.',
      quote: '“existing agreements must be respected.”',
      split: { before: 'Lee maintained that ', mark: '“existing agreements must be respected.”', after: ' This was a strategy.' },
    },
    {
      name: 'a curly apostrophe inside the quote',
      paragraph: 'Achieved just 82 days into President Lee’s administration, it mattered.',
      quote: 'President Lee’s administration',
      split: { before: 'Achieved just 82 days into ', mark: 'President Lee’s administration', after: ', it mattered.' },
    },
    {
      name: 'white space folded: the mark keeps the paragraph’s own spacing',
      paragraph: 'the emergence of the new concept of \t  “alliance modernization” matters',
      quote: 'new concept of\n“alliance  modernization”',
      split: { before: 'the emergence of the ', mark: 'new concept of \t  “alliance modernization”', after: ' matters' },
    },
    {
      name: 'extra white space around the quote is ignored',
      paragraph: 'Both sides laid the groundwork.',
      quote: '  laid the groundwork.\n',
      split: { before: 'Both sides ', mark: 'laid the groundwork.', after: '' },
    },
    {
      name: 'a quote spanning the whole paragraph',
      paragraph: 'Defense Cost-Sharing: Tug of War Between Principle and Reality',
      quote: 'Defense Cost-Sharing: Tug of War Between Principle and Reality',
      split: { before: '', mark: 'Defense Cost-Sharing: Tug of War Between Principle and Reality', after: '' },
    },
    {
      name: 'the first of two occurrences',
      paragraph: 'talks resumed; talks resumed again',
      quote: 'talks resumed',
      split: { before: '', mark: 'talks resumed', after: '; talks resumed again' },
    },
    {
      name: 'a decomposed accent matches its composed form',
      paragraph: 'The Cafe\u0301 summit ended.',
      quote: 'Caf\u00e9 summit',
      split: { before: 'The ', mark: 'Caf\u00e9 summit', after: ' ended.' },
    },
  ])('$name', ({ paragraph, quote, split }) => {
    expect(splitAtQuote(paragraph, quote)).toEqual(split);
  });

  test.each([
    { name: 'a quote not in the paragraph', paragraph: 'Japan welcomed the summit.', quote: 'China welcomed the summit.' },
    { name: 'straight quotes do not match curly ones', paragraph: 'the concept of “alliance modernization”', quote: 'the concept of "alliance modernization"' },
    { name: 'an empty quote', paragraph: 'Japan welcomed the summit.', quote: ' \n ' },
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
  ])('$quote → paragraph $index', ({ quote, index }) => {
    expect(locateQuote(paras, quote)?.index ?? -1).toBe(index);
  });

  test('finds every quote of the story in the article, with the mark equal to the quote', () => {
    const story = loadStory(process.cwd());
    const seeds = new Map<string, string[]>();
    const all = [...sourcesOf(story)];
    expect(all.length).toBeGreaterThan(50);
    // The story file cites the article's title line, which the article view shows as its heading.
    const title = foldWhitespace(story.meta.source.sources[0]!.quote);
    for (const [path, source] of all.filter(([, s]) => foldWhitespace(s.quote) !== title)) {
      if (!seeds.has(source.seed)) seeds.set(source.seed, paragraphs(readFileSync(`seeds/${source.seed}`, 'utf8')).slice(1));
      const found = locateQuote(seeds.get(source.seed)!, source.quote);
      expect(found, path).not.toBeNull();
      expect(foldWhitespace(found!.split.mark), path).toBe(foldWhitespace(source.quote));
    }
  });
});

describe('isSubhead', () => {
  test.each([
    { line: 'Defense Cost-Sharing: Tug of War Between Principle and Reality', subhead: true },
    { line: 'Japan’s Strategic Approach', subhead: true },
    { line: 'On August 25, 2025, the White House hosted the inaugural Korea-US summit.', subhead: false },
    { line: 'This summit holds special meaning in several key respects:', subhead: false },
    { line: 'President Lee took a firm stance that “no further openings will be made.”', subhead: false },
    { line: '- U.S. demands: Follow-up measures on tariff negotiations, additional opening of the agricultural market', subhead: false },
    { line: 'Is this the end?', subhead: false },
    { line: '', subhead: false },
  ])('$line → $subhead', ({ line, subhead }) => {
    expect(isSubhead(line)).toBe(subhead);
  });
});
