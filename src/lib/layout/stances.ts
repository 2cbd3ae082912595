/** The stance matrix's layout, split by job into stances/; this path keeps every import of it working. */
export * from './stances/index.ts';
