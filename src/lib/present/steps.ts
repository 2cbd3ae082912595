/**
 * Presentation steps in the URL (`?present&step=3`, 1-based) and what each step shows.
 * Parsing never throws: anything that is not a step of the story gives step 1, so a
 * mistyped or stale link still opens the presentation at its start.
 */
import type { Story } from '../story/types.ts';
import { THEMES, type Theme } from '../state/urlState.ts';
import { presets, storyExtent, summitDay, windowOfDomain, type DayWindow } from '../layout/timeline.ts';

/** Keep a 1-based step number inside 1..total (a whole number; 1 when there are no steps). */
export function clampStep(step: number, total: number): number {
  if (!Number.isFinite(step) || total < 1) return 1;
  return Math.min(total, Math.max(1, Math.trunc(step)));
}

/** The step a query string asks for: a whole number 1..total, else 1. */
export function parseStep(search: string, total: number): number {
  const raw = new URLSearchParams(search).get('step');
  if (raw === null || !/^\d{1,4}$/.test(raw.trim())) return 1;
  const n = Number(raw.trim());
  return n >= 1 && n <= total ? n : 1;
}

/** Whether the page is a presentation (`?present`), and the notes-only window (`?present&notes`). */
export function isPresent(search: string): boolean {
  return new URLSearchParams(search).has('present');
}
export function isNotes(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('present') && params.has('notes');
}

/** Flags (`present`, `notes`) are written bare, as people type them: `?present&step=2`. */
const FLAGS = ['present', 'notes'];

function serialize(params: URLSearchParams): string {
  return params
    .toString()
    .split('&')
    .map((pair) => (FLAGS.some((f) => pair === `${f}=`) ? pair.slice(0, -1) : pair))
    .join('&');
}

/** The query string (no `?`) for `step`, keeping every other parameter of `search`. */
export function stepSearch(search: string, step: number): string {
  const params = new URLSearchParams(search);
  if (!params.has('present')) params.set('present', '');
  params.set('step', String(step));
  return serialize(params);
}

/** The query string (no `?`) of the notes window for `step`, carrying the presenter's theme. */
export function notesSearch(search: string, step: number): string {
  const theme = new URLSearchParams(search).get('theme');
  const params = new URLSearchParams();
  params.set('present', '');
  params.set('notes', '');
  params.set('step', String(step));
  if (theme && (THEMES as readonly string[]).includes(theme)) params.set('theme', theme);
  return serialize(params);
}

/** Projector unless the URL names another theme (`?present&theme=dark`). */
export function presentTheme(search: string): Theme {
  const theme = new URLSearchParams(search).get('theme');
  return theme && (THEMES as readonly string[]).includes(theme) ? (theme as Theme) : 'projector';
}

/**
 * The timeline window a step opens on: the summit day when every event it lights happens on
 * that day (so they are not crowded into one column of the whole story), else the whole story.
 */
export function stepWindow(story: Story, focus: readonly string[]): DayWindow | null {
  const events = story.events.filter((e) => focus.includes(e.id));
  if (!events.length) return null;
  const summit = new Date(summitDay(story)).toISOString().slice(0, 10);
  if (!events.every((e) => e.date === summit)) return null;
  return windowOfDomain(presets(story).summit, storyExtent(story));
}
