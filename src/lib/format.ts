/** Formatting of dates and labels for display. Dates are calendar dates in UTC; no times of day. */
import type { StoryEvent } from './story/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** `2025-08-25` → `25 August 2025`; `2025-08` → `August 2025`; `2026` → `2026`. */
export function formatIsoDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** An instant (ms since the epoch) as the UTC day it falls on, written as formatIsoDate does. */
export function formatDay(t: number): string {
  return formatIsoDate(new Date(t).toISOString().slice(0, 10));
}

/** The event's date as honestly as the article gives it. */
export function formatEventDate(e: Pick<StoryEvent, 'date' | 'precision'>): string {
  const date = formatIsoDate(e.date);
  switch (e.precision) {
    case 'after': return `On or after ${date} (exact date not given)`;
    case 'expected': return `Expected after ${date} (no date given)`;
    default: return date;
  }
}

/** UTC start of an ISO date of any precision. */
export function isoDateStart(date: string): Date {
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, m - 1, d));
}

/** UTC end (exclusive) of the day, month or year that an ISO date names. */
export function isoDateEnd(date: string): Date {
  const parts = date.split('-').map(Number) as [number, number?, number?];
  const [y, m, d] = parts;
  if (m === undefined) return new Date(Date.UTC(y + 1, 0, 1));
  if (d === undefined) return new Date(Date.UTC(y, m, 1));
  return new Date(Date.UTC(y, m - 1, d + 1));
}
