/**
 * The timeline's own UTC intervals against d3-time, which they replace in the first screen's
 * JavaScript: the same floor, ceil, offset and range on dates across leap years, month ends,
 * year ends and every weekday, at and between boundaries.
 */
import { describe, expect, test } from 'vitest';
import { utcDay as d3Day, utcMonday as d3Monday, utcMonth as d3Month, utcYear as d3Year } from 'd3';
import { utcDay, utcMonday, utcMonth, utcYear, type Interval } from '../../../src/lib/layout/timeline/intervals.ts';

const PAIRS: Array<[string, Interval, { floor(d: Date): Date; ceil(d: Date): Date; offset(d: Date, n: number): Date; range(a: Date, b: Date): Date[] }]> = [
  ['day', utcDay, d3Day],
  ['every 2nd day', utcDay.every(2), d3Day.every(2)!],
  ['Monday week', utcMonday, d3Monday],
  ['month', utcMonth, d3Month],
  ['every 2nd month', utcMonth.every(2), d3Month.every(2)!],
  ['quarter', utcMonth.every(3), d3Month.every(3)!],
  ['half year', utcMonth.every(6), d3Month.every(6)!],
  ['year', utcYear, d3Year],
];

/** Dates from 2023 to 2027: each day's midnight and a moment within it, every 13 hours apart. */
const DATES = Array.from({ length: 2600 }, (_, i) => new Date(Date.UTC(2023, 11, 20) + i * 13 * 3_600_000 + (i % 3) * 61_000));

describe.each(PAIRS)('%s', (_name, ours, d3) => {
  test('floor, ceil and offset (−3 to 3) agree with d3-time on every date', () => {
    for (const date of DATES) {
      expect(+ours.floor(date), date.toISOString()).toBe(+d3.floor(date));
      expect(+ours.ceil(date), date.toISOString()).toBe(+d3.ceil(date));
      for (const step of [-3, -1, 0, 1, 3]) expect(+ours.offset(ours.floor(date), step)).toBe(+d3.offset(d3.floor(date), step));
    }
  });

  test.each([
    ['a few days', Date.UTC(2025, 7, 20), Date.UTC(2025, 7, 31)],
    ['a leap February', Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 15, 12)],
    ['the whole story', Date.UTC(2025, 5, 1), Date.UTC(2027, 0, 1)],
    ['an empty range', Date.UTC(2025, 7, 25, 1), Date.UTC(2025, 7, 25, 2)],
  ])('range over %s agrees with d3-time', (_what, from, to) => {
    expect(ours.range(new Date(from), new Date(to)).map(Number)).toEqual(d3.range(new Date(from), new Date(to)).map(Number));
  });
});
