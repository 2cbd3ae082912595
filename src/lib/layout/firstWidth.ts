/**
 * The width, in px, each view is drawn at before its container is measured: what the build
 * prerenders and what the browser hydrates. A phone's (375 px less the page's 16 px margins):
 * most readers arrive on one, so their first picture is already the right one, and a wider
 * screen redraws for its width as soon as the view is live.
 */
export const FIRST_WIDTH = 343;
