import { describe, expect, test } from 'vitest';
import { BOM, csvField, csvRows, exportCsv, toCsv } from '../../../src/lib/export/index.ts';
import { harbourStory } from '../../fixtures/harbour.ts';
import { exportFiles } from '../../../src/lib/strings.ts';

const story = harbourStory();

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
    { view: 'timeline' as const, header: exportFiles.columns.timeline, rows: story.events.length },
    { view: 'stances' as const, header: exportFiles.columns.stances, rows: story.stances.length * 3 },
    { view: 'reactions' as const, header: exportFiles.columns.reactions, rows: story.reactions.length },
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

  test('timeline rows carry the date, precision, lane, title, claim kind and verbatim quotes', () => {
    const rows = csvRows('timeline', story);
    // Two mayors, one from each side: the joint lane.
    expect(rows.find((r) => r[0] === 'ferry-meeting')).toEqual([
      'ferry-meeting', '2024-03-03', 'Known to the day', 'Both ports', 'The ferry meeting', 'Reported fact',
      ['On 3 March 2024 Mayor Ahn and Mayor Rosa Vidal of Southhaven met on a ferry in the middle of the bay.',
        'Both came with demands about dredging and fishing rights.'].join(exportFiles.quoteSeparator),
    ]);
    expect(rows.find((r) => r[0] === 'channel-stays-closed')!.slice(1, 6))
      .toEqual(['2024-03-03', 'Undated: on or after this date', 'Southhaven', 'Vidal: the channel stays closed', 'Direct quote']);
    expect(rows.find((r) => r[0] === 'council-vote')!.slice(1, 4)).toEqual(['2024-02', 'Known to the month', 'Southhaven']);
  });

  test('stance rows: one per side, with the distance of the issue', () => {
    const rows = csvRows('stances', story).filter((r) => r[0]!.startsWith('stance-dredging-fund:'));
    expect(rows.map((r) => r[0])).toEqual(['stance-dredging-fund:northport', 'stance-dredging-fund:southhaven', 'stance-dredging-fund:outcome']);
    expect(rows.map((r) => r[2])).toEqual(['Northport', 'Southhaven', 'Outcome']);
    expect(rows.map((r) => r[3])).toEqual(['Southhaven pays half', 'Southhaven pays a quarter', 'Cost split evenly']);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['Dredging fund']));
    expect(new Set(rows.map((r) => r[6]))).toEqual(new Set(['Close']));
    expect(rows.map((r) => r[4])).toEqual(['shared dredging fund', '', '']);
  });

  test('reaction rows name the actor, target (an event or an actor), tone and topics in words', () => {
    const rows = csvRows('reactions', story);
    expect(rows.find((r) => r[0] === 'courier-modest-success')!.slice(1, 6))
      .toEqual(['Bay Courier', 'The ferry meeting', 'Positive', 'Dredging fund', 'Media assessment']);
    expect(rows.find((r) => r[0] === 'harbour-party-too-much')!.slice(1, 6))
      .toEqual(['Harbour Party', 'Daniel Ahn', 'Critical', 'Fishing rights', 'Direct quote']);
    // The fixture's reactions each name one topic; with two, they are listed in the one cell.
    const twoTopics = { ...story, reactions: story.reactions.map((r) => ({ ...r, topics: ['dredging-fund', 'fishing-rights'] })) };
    expect(csvRows('reactions', twoTopics)[1]![4]).toBe(`Dredging fund${exportFiles.listSeparator}Fishing rights`);
  });

  test('quotes and commas in the data survive the round trip', () => {
    const rows = [['h1', 'h2'], ['He said "no", then left', 'a,b,c']];
    expect(parseCsv(toCsv(rows).slice(1))).toEqual(rows);
    expect(toCsv(rows)).toBe(`${BOM}h1,h2\r\n"He said ""no"", then left","a,b,c"\r\n`);
  });
});
