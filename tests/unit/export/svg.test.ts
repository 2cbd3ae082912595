import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSvg, exportSvg, EXPORT_VIEWS, type ExportView } from '../../../src/lib/export/index.ts';
import { escapeXml, textBlock, wrap, measure } from '../../../src/lib/export/markup.ts';
import { LIGHT, lightPalette, paletteTokens } from '../../../src/lib/export/palette.ts';
import { HARBOUR, harbourStory } from '../../fixtures/harbour.ts';
import { generateStory } from '../../../src/lib/bench/generateStory.ts';
import { layoutTimeline } from '../../../src/lib/layout/timeline.ts';
import { timelineFigure } from '../../../src/lib/export/timelineFigure.ts';
import { stances, reactions, shared, timeline } from '../../../src/lib/strings.ts';
import { sourceLine } from '../../../src/lib/story/meta.ts';

const story = harbourStory();

/** Parses as XML the way an editor or an <img> would; a syntax error yields a <parsererror>. */
function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

/** The text a reader sees: every <text>'s content, a wrapped line (a tspan with its own x) starting after a space. */
const textOf = (t: Element) =>
  [...t.childNodes].map((n, i) => (i > 0 && n instanceof Element && n.hasAttribute('x') ? ' ' : '') + (n.textContent ?? '')).join('');
const visibleText = (doc: Document) => [...doc.querySelectorAll('text')].map(textOf).join('\n');
/** Wrapped lines put back together, to look for a sentence that may span several lines. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

const cases: { view: ExportView; heading: string; caption: string; mustShow: string[] }[] = [
  {
    view: 'timeline', heading: HARBOUR.timeline.heading, caption: timeline.caption,
    // The three lanes (the joint one between), an event, the key day and the count from Ahn's first day.
    mustShow: ['NORTHPORT BOTH PORTS SOUTHHAVEN', 'Ahn takes office in Northport', 'Ferry day', '53 days into Ahn’s term',
      timeline.legend.forecast, HARBOUR.timeline.undatedNote!],
  },
  {
    view: 'stances', heading: HARBOUR.stances.heading, caption: HARBOUR.stances.caption,
    mustShow: ['Southhaven (Mayor Vidal)', 'Keep the western channel', stances.distances.opposed, stances.legendScale],
  },
  {
    view: 'reactions', heading: HARBOUR.reactions.heading, caption: HARBOUR.reactions.caption,
    mustShow: ['The ferry meeting', 'Courier', 'Harbour Party', reactions.tones.critical, HARBOUR.reactions.annotationLead!],
  },
];

describe('exportSvg', () => {
  test.each(cases)('$view: parses, names itself, shows heading, caption, legend, marks and source', ({ view, heading, caption, mustShow }) => {
    const svg = exportSvg(view, story);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')?.textContent).toBe(heading);
    const text = flat(visibleText(doc));
    expect(text).toContain(heading);
    expect(text).toContain(caption);
    expect(text).toContain(sourceLine(HARBOUR, shared.sourceLabel));
    for (const s of mustShow) expect(text).toContain(s);
  });

  test.each(EXPORT_VIEWS)('%s: explicit size matching the viewBox, a white background, no CSS variables', (view) => {
    const { svg, width, height } = buildSvg(view, story, { width: 1200 });
    const root = parse(svg).documentElement;
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(600);
    expect(svg).not.toContain('var(');
    expect(svg).not.toMatch(/currentColor|light-dark|color-mix/);
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe(LIGHT.paper);
  });

  test.each(EXPORT_VIEWS)('%s: every colour is a literal of the light palette', (view) => {
    const svg = exportSvg(view, story);
    const used = new Set([...svg.matchAll(/(?:fill|stroke|stop-color)="([^"]+)"/g)].map((m) => m[1]!));
    const allowed = new Set([...Object.values(paletteTokens(LIGHT)), ...Object.values(lightPalette(story.meta).group), 'none']);
    for (const c of used) if (!c.startsWith('url(#')) expect(allowed, `colour ${c}`).toContain(c);
  });

  test('gradients referenced by url(#…) are defined in the file', () => {
    const svg = exportSvg('timeline', story);
    const doc = parse(svg);
    const refs = new Set([...svg.matchAll(/url\(#([\w-]+)\)/g)].map((m) => m[1]!));
    expect(refs.size).toBeGreaterThan(0);
    for (const id of refs) expect(doc.getElementById(id), id).not.toBeNull();
  });

  test('same story, same file: the export is deterministic', () => {
    expect(exportSvg('reactions', story)).toBe(exportSvg('reactions', story));
  });

  test.each([
    { view: 'timeline' as const, asked: 400, min: 640 },
    { view: 'stances' as const, asked: 800, min: 1080 },
    { view: 'reactions' as const, asked: 320, min: 680 },
  ])('$view: a too-narrow width is widened to what the graphic needs ($min px)', ({ view, asked, min }) => {
    expect(buildSvg(view, story, { width: asked }).width).toBe(min);
  });

  test('one mark per event, stance cell and reaction line', () => {
    const tl = parse(exportSvg('timeline', story));
    const titles = visibleText(tl);
    // Labels may be truncated with an ellipsis; each event still shows the start of its title.
    for (const e of story.events) expect(titles).toContain(e.title.slice(0, 8));
    const net = exportSvg('reactions', story);
    const reactionLines = story.reactions.reduce((n, r) => n + 1 + r.topics.length, 0);
    const toneStrokes = new Set(Object.values(LIGHT.tone));
    const paths = [...net.matchAll(/<path d="[^"]+" fill="none" stroke="(#[0-9a-f]{6})"/g)].filter((m) => toneStrokes.has(m[1]!));
    expect(paths).toHaveLength(reactionLines);
  });
});

describe('markup', () => {
  test('escapes the five XML specials', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  test('text from data with markup characters stays text', () => {
    const block = textBlock('Tom & Jerry <script>', 0, 0, 400, { size: 16, lineHeight: 20, fill: '#000', family: 'serif' });
    const doc = parse(`<svg xmlns="http://www.w3.org/2000/svg">${block.svg}</svg>`);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('text')?.textContent).toBe('Tom & Jerry <script>');
    expect(doc.querySelector('script')).toBeNull();
  });

  test.each([200, 320, 500])('wrap keeps every line within %i px and loses no word', (width) => {
    const lines = wrap(HARBOUR.timeline.undatedNote!, width, 15);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measure(l, 15)).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toBe(HARBOUR.timeline.undatedNote!);
  });

  test('a bold lead-in is set in its own tspan on the first line', () => {
    const block = textBlock('the rest of the sentence', 0, 0, 600, { size: 15, lineHeight: 20, fill: '#000', family: 'sans-serif', lead: 'Why apart?' });
    const doc = parse(`<svg xmlns="http://www.w3.org/2000/svg">${block.svg}</svg>`);
    const bold = doc.querySelector('tspan[font-weight="700"]');
    expect(bold?.textContent).toBe('Why apart?');
    expect(doc.querySelector('text')?.textContent).toBe('Why apart? the rest of the sentence');
  });
});

describe('palette', () => {
  test('matches the light half of every token in src/app.css', () => {
    const css = readFileSync('src/app.css', 'utf8');
    const light = new Map([...css.matchAll(/(--[\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{3,8})\s*,/g)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
    const tokens = paletteTokens(LIGHT);
    // The product's tokens (paper, ink, rules, tones, distances); the story's group colours
    // come from lib/story/colours.ts and have their own test.
    expect(Object.keys(tokens).length).toBeGreaterThan(15);
    for (const [name, value] of Object.entries(tokens)) expect(light.get(name), name).toBe(value);
  });
});

describe('big stories', () => {
  test('a timeline too dense to draw event by event exports its counts, as the page draws them', () => {
    const big = generateStory(story, 100, 1);
    const width = 1200;
    const layout = layoutTimeline(big, { width });
    const labelled = layout.bins.filter((b) => b.label);
    expect(labelled.length).toBeGreaterThan(0);
    const { svg } = timelineFigure(big, lightPalette(big.meta)).graphic(width);
    const doc = parse(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`);
    const counts = [...doc.querySelectorAll('text[text-anchor="middle"][font-weight="700"]')].map((t) => t.textContent);
    expect(counts.sort()).toEqual(labelled.map((b) => String(b.ids.length)).sort());
    // A bar where each bin is, whether or not its count fits.
    const bars = new Set([...doc.querySelectorAll('rect')].map((r) => `${r.getAttribute('x')},${r.getAttribute('y')}`));
    const at = (n: number) => String(Math.round(n * 10) / 10);
    expect(layout.bins.filter((b) => !bars.has(`${at(b.x0)},${at(b.barY)}`)).map((b) => b.id)).toEqual([]);
  });
});
