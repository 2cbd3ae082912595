/**
 * Each view's data as CSV: one row per mark, with the article's words beside it. RFC 4180
 * (CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled), prefixed with a UTF-8 byte-order mark so Excel reads the curly quotes and
 * dashes as UTF-8 instead of the local code page.
 */
import { laneLabel, laneOf } from '../layout/timeline.ts';
import { OUTCOME, cellId, cellSides, stanceCell } from '../story/stanceCells.ts';
import type { Source, Story } from '../story/types.ts';
import { exportFiles as t, stances, reactions, shared } from '../strings.ts';
import type { ExportView } from './views.ts';

/** The byte-order mark, as the string's first character. */
export const BOM = '\uFEFF';

/** One field, quoted only where RFC 4180 needs it. */
export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Rows (the first is the header) as an RFC 4180 document with a BOM and a final line end. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const quotes = (sources: Source[]) => sources.map((s) => s.quote).join(t.quoteSeparator);

/** The header and the rows of a view, before encoding (tests read these). */
export function csvRows(view: ExportView, story: Story): string[][] {
  if (view === 'timeline') {
    const groupOf = new Map(story.actors.map((a) => [a.id, a.group] as const));
    return [
      [...t.columns.timeline],
      ...story.events.map((e) => [
        e.id, e.date, shared.precisions[e.precision], laneLabel(laneOf(e, groupOf, story.meta), story.meta), e.title, shared.claimKinds[e.kind], quotes(e.sources),
      ]),
    ];
  }
  if (view === 'stances') {
    const topics = new Map(story.topics.map((x) => [x.id, x]));
    return [
      [...t.columns.stances],
      ...story.stances.flatMap((s) =>
        cellSides(story.meta).map((side) => {
          const p = stanceCell(s, side)!;
          const column = side === OUTCOME ? stances.outcomeColumn : story.meta.sides.find((x) => x.id === side)!.name;
          return [
            cellId(s.id, side), topics.get(s.topic)?.name ?? s.topic, column, p.position, p.keyTerm ?? '',
            shared.claimKinds[p.kind], stances.distances[s.distance], quotes(p.sources),
          ];
        }),
      ),
    ];
  }
  const names = new Map<string, string>([
    ...story.actors.map((a) => [a.id, a.name] as const),
    ...story.events.map((e) => [e.id, e.title] as const),
    ...story.topics.map((x) => [x.id, x.name] as const),
  ]);
  const name = (id: string) => names.get(id) ?? id;
  return [
    [...t.columns.reactions],
    ...story.reactions.map((r) => [
      r.id, name(r.actor), name(r.target), reactions.tones[r.tone], r.topics.map(name).join(t.listSeparator),
      shared.claimKinds[r.kind], quotes(r.sources),
    ]),
  ];
}

/** A view's data as a CSV document. */
export function exportCsv(view: ExportView, story: Story): string {
  return toCsv(csvRows(view, story));
}
