/**
 * The reaction network, as the browser and the exported figure draw it: nodes, edges and
 * label placements in pixels, from a layout the build made. The build makes them with
 * layoutReactions.ts (a seeded d3 force simulation); it is not re-exported here, so d3-force
 * never reaches the reader's bundle. Pure: no DOM, no Svelte.
 */
export * from './constants.ts';
export type * from './types.ts';
export { edgeGeometry, naturalSide, nodeBox, rectsOverlap, tooltipPlacement, type TooltipSide } from './geometry.ts';
export { clampToBox, labelPlacement, markBox, overlaps, textWidth } from './labels.ts';
export { headBox } from './heads.ts';
export { reactingActors } from './clusters.ts';
export { buildGraph, type Graph } from './graph.ts';
export { NAV_KEYS, navigationOrder, stepFocus, type NavStep } from './navigation.ts';
export { packReactionsLayout, pickReactionsLayout, unpackReactionsLayout } from './packing.ts';
