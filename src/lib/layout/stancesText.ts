/** The stance matrix's words that join the story's sides with the product's labels. */
import type { Stance, StoryMeta } from '../story/types.ts';
import { positionOf, positionWords, sideOf } from '../story/stanceCells.ts';
import { stances as strings } from '../strings/stances.ts';

/** Column headers of the cells: each side's column as the story names it, then the outcome. */
export function sideLabels(meta: StoryMeta): { first: string; second: string; outcome: string } {
  return { first: sideOf(meta, 'first').column, second: sideOf(meta, 'second').column, outcome: strings.outcomeColumn };
}

/** The two sides' key terms on an issue, side by side: `Atlantis’s “…” against the Union’s “…”.` */
export function versus(meta: StoryMeta, stance: Stance): string {
  return strings.annotationVersus(
    sideOf(meta, 'first').possessive, positionWords(positionOf(stance, meta, 'first')),
    sideOf(meta, 'second').possessive, positionWords(positionOf(stance, meta, 'second')),
  );
}
