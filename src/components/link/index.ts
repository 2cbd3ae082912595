/**
 * Links that land, loaded on first use as one chunk: a shared link's landing on its item and
 * the "Selected" chip's jump (revealItem.ts), and what follows "Copy link" (showCopied.ts).
 */
export { landOnSelection, revealItem } from './revealItem.ts';
export { showCopied } from './showCopied.ts';
