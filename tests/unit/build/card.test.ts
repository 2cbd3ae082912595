/**
 * The link-preview card, made at build time: its SVG (from the story's words and data), the
 * fonts it is set in (the machine's, none needed), the PNG (1200 × 630), and the preview tags.
 */
import { afterAll, describe, expect, test, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CARD, cardSvg } from '../../../src/build/card/cardSvg.ts';
import { findCardFonts } from '../../../src/build/card/cardFonts.ts';
import { renderCard } from '../../../src/build/card/renderCard.ts';
import { previewTags } from '../../../src/build/card/previewTags.ts';
import { socialCard } from '../../../src/build/card/cardPlugin.ts';
import { storyData } from '../../../src/build/story/storyPlugin.ts';
import { build, type Rollup } from 'vite';
import { exportFiles, stances as stanceWords } from '../../../src/lib/strings.ts';
import { harbourStory, HARBOUR } from '../../fixtures/harbour.ts';
import { harbourProject } from '../../fixtures/brokenHarbour.ts';
import { pngSize } from '../../fixtures/png.ts';
import type { Story } from '../../../src/lib/story/types.ts';

const story = harbourStory();
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder laid out like /usr/share/fonts with these (empty) font files. */
function fontRoot(files: Record<string, string[]>): string {
  const root = mkdtempSync(join(tmpdir(), 'summit-fonts-'));
  made.push(root);
  for (const [dir, names] of Object.entries(files)) {
    mkdirSync(join(root, 'truetype', dir), { recursive: true });
    for (const name of names) writeFileSync(join(root, 'truetype', dir, name), '');
  }
  return root;
}

/** The text of every <text> and <tspan> of an SVG, in document order. */
const texts = (svg: string) => [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((m) => m[1]!);

describe('the card as SVG', () => {
  const svg = cardSvg(story);

  test('is 1200 × 630, the size link previews crop to', () => {
    expect(CARD).toEqual({ width: 1200, height: 630 });
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/);
  });

  test('says the story’s kicker and title, and its source and credit at the foot', () => {
    const words = texts(svg);
    expect(words[0]).toBe(HARBOUR.kicker.toUpperCase());
    expect(words.join(' ')).toContain(HARBOUR.title);
    expect(words).toContain(exportFiles.credit);
    expect(words.some((w) => w.startsWith('Source: “[Analysis] Harbour Talks'))).toBe(true);
  });

  test('draws one distance gauge per contested issue, named, with its distance in words', () => {
    const words = texts(svg);
    for (const stance of story.stances) {
      const topic = story.topics.find((t) => t.id === stance.topic)!;
      expect(words).toContain(topic.shortName);
      expect(words).toContain(stanceWords.distances[stance.distance]);
    }
    // Each gauge: the first side's circle and the second side's square, and the legend's pair.
    expect(svg.match(/<circle /g)).toHaveLength(story.stances.length + 1);
    expect(words).toEqual(expect.arrayContaining(HARBOUR.sides.map((s) => s.shortName)));
  });

  test('a story without issues gets its standfirst instead', () => {
    const bare: Story = { ...story, stances: [] };
    const words = texts(cardSvg(bare)).join(' ');
    expect(words).toContain(HARBOUR.dek.split(' ').slice(0, 6).join(' '));
    expect(cardSvg(bare)).not.toContain('<circle ');
  });

  test('names the families it is set in first, then the page’s stacks', () => {
    const set = cardSvg(story, { sans: 'DejaVu Sans', serif: 'DejaVu Serif' });
    expect(set).toContain('font-family="&apos;DejaVu Serif&apos;, Georgia');
    expect(set).toContain('font-family="&apos;DejaVu Sans&apos;, system-ui');
    expect(cardSvg(story)).not.toContain('DejaVu');
  });

  test('is the same for every build of the same story', () => {
    expect(cardSvg(story)).toBe(svg);
  });
});

describe('the card’s fonts', () => {
  test('Liberation first, where Debian’s fonts-liberation is installed, with DejaVu’s files left out', () => {
    const root = fontRoot({
      liberation: ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSerif-Regular.ttf', 'LiberationSerif-Bold.ttf'],
      dejavu: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'],
    });
    const fonts = findCardFonts([root]);
    expect(fonts).toMatchObject({ sans: 'Liberation Sans', serif: 'Liberation Serif' });
    expect(fonts.files.map((f) => f.slice(root.length))).toEqual([
      '/truetype/liberation/LiberationSans-Regular.ttf', '/truetype/liberation/LiberationSans-Bold.ttf',
      '/truetype/liberation/LiberationSerif-Regular.ttf', '/truetype/liberation/LiberationSerif-Bold.ttf',
    ]);
  });

  test('DejaVu where Liberation is missing (liberation2 folders are found too), and a CJK font for Hangul', () => {
    const root = fontRoot({ dejavu: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'], liberation2: ['LiberationSerif-Regular.ttf'], nanum: ['NanumGothic.ttf'] });
    const fonts = findCardFonts([root, join(root, 'nowhere')]);
    expect(fonts).toMatchObject({ sans: 'DejaVu Sans', serif: 'Liberation Serif' });
    expect(fonts.files.map((f) => f.split('/').at(-1))).toEqual(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'LiberationSerif-Regular.ttf', 'NanumGothic.ttf']);
  });

  test('none at all is no error', () => {
    expect(findCardFonts([fontRoot({}), '/no/such/folder'])).toEqual({ files: [] });
  });
});

describe('the card as PNG', () => {
  test('is a real 1200 × 630 PNG, in the machine’s fonts', async () => {
    const fonts = findCardFonts();
    const png = await renderCard(cardSvg(story, fonts), fonts);
    expect(pngSize(png)).toEqual(CARD);
    if (fonts.files.length) {
      // Its words are drawn: without fonts the same card is a good deal smaller.
      const bare = await renderCard(cardSvg(story), { files: [] });
      expect(pngSize(bare)).toEqual(CARD);
      expect(png.length).toBeGreaterThan(bare.length * 1.5);
    }
  });
});

describe('the preview tags', () => {
  test('title, description and card from the story file; no og:url without a canonical address', () => {
    const tags = previewTags(HARBOUR, 'assets/card-abc.png');
    expect(tags).toBe(
      `<meta property="og:title" content="${HARBOUR.title}">` +
      `<meta property="og:description" content="${HARBOUR.description}">` +
      '<meta property="og:image" content="/assets/card-abc.png">' +
      '<meta name="twitter:card" content="summary_large_image">',
    );
  });

  test('with the story’s url: og:url, and the card’s address made absolute from it', () => {
    const tags = previewTags({ ...HARBOUR, url: 'https://news.example/harbour/' }, 'assets/card-abc.png');
    expect(tags).toContain('<meta property="og:image" content="https://news.example/harbour/assets/card-abc.png">');
    expect(tags).toContain('<meta property="og:url" content="https://news.example/harbour/">');
  });

  test('escapes the story’s words and honours the build’s base', () => {
    const tags = previewTags({ title: 'Ports "north" & <south>', description: 'A & B', url: undefined }, 'assets/c.png', '/news/');
    expect(tags).toContain('content="Ports &quot;north&quot; &amp; &lt;south>"');
    expect(tags).toContain('content="A &amp; B"');
    expect(tags).toContain('content="/news/assets/c.png"');
  });
});

/** A throw-away project: a page, and the fixture story at its root, its title changed if asked. */
function project(title?: string): string {
  const dir = harbourProject('summit-card-', title ? { change: (d) => { d.story.story.title = title; } } : undefined);
  made.push(dir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><title>x</title><meta name="description" content="" /></head><body><script type="module" src="/main.js"></script></body></html>');
  writeFileSync(join(dir, 'main.js'), 'console.log(1);\n');
  return dir;
}

async function buildCard(root: string, fontRoots?: string[]) {
  const warn = vi.fn();
  const logger = { info() {}, warn, warnOnce: warn, error() {}, clearScreen() {}, hasErrorLogged: () => false, hasWarned: false };
  const out = (await build({ configFile: false, logLevel: 'silent', customLogger: logger, root, plugins: [storyData(), socialCard({ fontRoots })], build: { write: false } })) as Rollup.RollupOutput;
  const file = (name: RegExp) => out.output.find((f) => name.test(f.fileName));
  const html = file(/^index\.html$/) as Rollup.OutputAsset;
  const card = file(/^assets\/card-[\w-]+\.png$/) as Rollup.OutputAsset | undefined;
  return { html: String(html.source), card, warn };
}

describe('the card in a build', () => {
  test('is emitted as assets/card-<hash>.png, a 1200 × 630 PNG, and the page names it', async () => {
    const { html, card } = await buildCard(project());
    expect(card, 'the card asset').toBeDefined();
    expect(pngSize(card!.source as Uint8Array)).toEqual(CARD);
    expect(html).toContain(`<meta property="og:image" content="/${card!.fileName}">`);
    expect(html).toContain(`<meta property="og:title" content="${HARBOUR.title}">`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).not.toContain('og:url');
  });

  test('STORY=<dir> builds that story’s card, not the project’s', async () => {
    const other = project('Harbour talks, the second edition');
    vi.stubEnv('STORY', other);
    try {
      const { html } = await buildCard(project());
      expect(html).toContain('<meta property="og:title" content="Harbour talks, the second edition">');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  test('a machine without fonts still builds, with a warning', async () => {
    const { card, warn } = await buildCard(project(), [fontRoot({})]);
    expect(pngSize(card!.source as Uint8Array)).toEqual(CARD);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^social card: no fonts found/));
  });
});
