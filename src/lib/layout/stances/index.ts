/**
 * The stance matrix's layout, one file per job: the distance scale (distance.ts), one gauge
 * (gauge.ts), the grid or cards for a width (layout.ts, for exports), the one markup for every width
 * (fluid.ts, for the page) and keyboard navigation
 * (navigation.ts). Pure: no Svelte, no DOM.
 */
export * from './distance.ts';
export * from './gauge.ts';
export * from './layout.ts';
export * from './fluid.ts';
export * from './navigation.ts';
