/**
 * Every user-visible string of the page, in one place, so an edition in another language can follow by
 * swapping this module. Data strings (titles, quotes) come from data/ and are not here.
 * Sections: page, shared, timeline, matrix, network.
 *
 * Each section is a module of its own, so a view's strings travel with its code: the page's
 * first load carries only the sections its first islands use.
 */

export { page } from './strings/page.ts';
export { shared } from './strings/shared.ts';
export { explore } from './strings/explore.ts';
export { share } from './strings/share.ts';
export { embedPage } from './strings/embedPage.ts';
export { timeline } from './strings/timeline.ts';
export { stances } from './strings/stances.ts';
export { reactions } from './strings/reactions.ts';
export { sourcePanel } from './strings/sourcePanel.ts';
export { embed } from './strings/embed.ts';
export { exporting } from './strings/exporting.ts';
export { exportFiles } from './strings/exportFiles.ts';
export { present } from './strings/present.ts';
