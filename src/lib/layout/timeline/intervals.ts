/**
 * The UTC calendar intervals the timeline counts in (days, Monday weeks, months, years, and
 * every nth day or month), with d3-time's meaning of floor, ceil, offset and range, in a
 * fraction of its bytes: d3-time was a tenth of the first screen's JavaScript. Checked
 * against d3-time in tests/unit/layout/intervals.test.ts.
 */
export interface Interval {
  /** The latest boundary at or before `date`. */
  floor(date: Date): Date;
  /** The earliest boundary at or after `date`. */
  ceil(date: Date): Date;
  /** `date` moved by `step` whole intervals. */
  offset(date: Date, step: number): Date;
  /** Every boundary from `start` (inclusive) to `stop` (exclusive). */
  range(start: Date, stop: Date): Date[];
}

type Mutate = (date: Date) => void;
type Step = (date: Date, step: number) => void;

interface Base extends Interval {
  /** Only the boundaries whose field (day of month less one, or month) is a multiple of `k`. */
  every(k: number): Interval;
}

function interval(floori: Mutate, offseti: Step, field: (date: Date) => number): Base {
  return { ...make(floori, offseti), every: (k) => filtered(floori, offseti, (d) => field(d) % k === 0) };
}

function make(floori: Mutate, offseti: Step): Interval {
  const self: Interval = {
    floor: (date) => { const d = new Date(+date); floori(d); return d; },
    ceil: (date) => {
      const d = new Date(+date - 1);
      floori(d);
      offseti(d, 1);
      floori(d);
      return d;
    },
    offset: (date, step) => { const d = new Date(+date); offseti(d, Math.floor(step)); return d; },
    range: (start, stop) => {
      const out: Date[] = [];
      const d = self.ceil(start);
      if (!(d < stop)) return out;
      let previous: Date;
      do {
        out.push((previous = new Date(+d)));
        offseti(d, 1);
        floori(d);
      } while (previous < d && d < stop);
      return out;
    },
  };
  return self;
}

/** Boundaries of the base interval that pass `test`, as d3's interval.filter makes them. */
function filtered(floori: Mutate, offseti: Step, test: (date: Date) => boolean): Interval {
  return make(
    (d) => {
      floori(d);
      while (!test(d)) {
        d.setTime(+d - 1);
        floori(d);
      }
    },
    (d, step) => {
      for (let n = Math.abs(step), dir = Math.sign(step); n > 0; n--) {
        do offseti(d, dir);
        while (!test(d));
      }
    },
  );
}

const midnight = (d: Date) => d.setUTCHours(0, 0, 0, 0);

export const utcDay = interval(midnight, (d, n) => d.setUTCDate(d.getUTCDate() + n), (d) => d.getUTCDate() - 1);

/** Weeks from Monday. */
export const utcMonday = make((d) => {
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  midnight(d);
}, (d, n) => d.setUTCDate(d.getUTCDate() + n * 7));

export const utcMonth = interval((d) => {
  d.setUTCDate(1);
  midnight(d);
}, (d, n) => d.setUTCMonth(d.getUTCMonth() + n), (d) => d.getUTCMonth());

export const utcYear = make((d) => {
  d.setUTCMonth(0, 1);
  midnight(d);
}, (d, n) => d.setUTCFullYear(d.getUTCFullYear() + n));
