import { describe, expect, test } from 'vitest';
import { BOM, csvField, csvRows, exportCsv, toCsv } from '../../../src/lib/export/index.ts';
import { loadStory } from '../../../src/build/story/readStory.ts';
import { exporting } from '../../../src/lib/strings.ts';

const story = loadStory(process.cwd());

/** A minimal RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

describe('csvField', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['“curly” quotes', '“curly” quotes'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('exportCsv', () => {
  const cases = [
    { view: 'timeline' as const, header: exporting.columns.timeline, rows: story.events.length },
    { view: 'stances' as const, header: exporting.columns.stances, rows: story.stances.length * 3 },
    { view: 'reactions' as const, header: exporting.columns.reactions, rows: story.reactions.length },
  ];

  test.each(cases)('$view: BOM, header, one row per item, CRLF line ends', ({ view, header, rows }) => {
    const csv = exportCsv(view, story);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[0]).toEqual([...header]);
    expect(parsed).toHaveLength(rows + 1);
    for (const r of parsed) expect(r).toHaveLength(header.length);
  });

  test.each(cases)('$view: reads back to exactly the cells written', ({ view }) => {
    expect(parseCsv(exportCsv(view, story).slice(1))).toEqual(csvRows(view, story));
  });

  test('timeline rows carry the date, precision, lane, title, claim kind and verbatim quote', () => {
    const rows = csvRows('timeline', story);
    const summit = rows.find((r) => r[0] === 'summit');
    const event = story.events.find((e) => e.id === 'summit')!;
    expect(summit).toEqual([
      'summit', event.date, 'Known to the day', 'Korea & US', event.title, 'Reported fact',
      event.sources.map((s) => s.quote).join(exporting.quoteSeparator),
    ]);
  });

  test('stance rows: one per side, with the distance of the issue', () => {
    const rows = csvRows('stances', story).filter((r) => r[0]!.startsWith('stance-trade-agriculture:'));
    expect(rows.map((r) => r[2])).toEqual(['South Korea', 'United States', 'Outcome']);
    expect(new Set(rows.map((r) => r[6]))).toEqual(new Set(['Opposed']));
    expect(rows[0]![4]).toBe('no further openings will be made');
  });

  test('reaction rows name the actor, target, tone and topics in words', () => {
    const row = csvRows('reactions', story).find((r) => r[0] === 'reaction-reuters')!;
    expect(row.slice(1, 6)).toEqual(['Reuters', story.events.find((e) => e.id === 'summit')!.title, 'Positive', expect.stringContaining('; '), 'Media assessment']);
  });

  test('quotes and commas in the data survive the round trip', () => {
    const rows = [['h1', 'h2'], ['He said "no", then left', 'a,b,c']];
    expect(parseCsv(toCsv(rows).slice(1))).toEqual(rows);
    expect(toCsv(rows)).toBe(`${BOM}h1,h2\r\n"He said ""no"", then left","a,b,c"\r\n`);
  });
});
