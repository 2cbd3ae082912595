/** The timeline layout, split by job into timeline/; this path keeps every import of it working. */
export * from './timeline/index.ts';
