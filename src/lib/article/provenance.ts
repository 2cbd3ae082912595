/**
 * Provenance: where a quote stands in its seed. Matching folds white space, as the
 * project's quote check does, so a quote that wraps differently still counts as verbatim.
 */
import type { Source } from '../story/types.ts';

export function foldWhitespace(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The seed's paragraphs, as the article prints them (one per line). */
export function paragraphs(seed: string): string[] {
  return seed.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
}

/** Index of the first paragraph containing `quote`, or -1. */
export function findParagraph(seed: string, quote: string): number {
  const q = foldWhitespace(quote);
  return paragraphs(seed).findIndex((p) => foldWhitespace(p).includes(q));
}

/** Every `{seed, quote}` inside an item, with its path (`positions.first-side.sources[1]`). */
export function* sourcesOf(node: unknown, path = ''): Generator<[string, Source]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* sourcesOf(node[i], `${path}[${i}]`);
  } else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.seed === 'string' && typeof o.quote === 'string') yield [path, o as Source];
    else for (const [k, val] of Object.entries(o)) yield* sourcesOf(val, path ? `${path}.${k}` : k);
  }
}

/** The article's title: the first non-empty line of its seed file. */
export function seedTitle(seed: string): string {
  return paragraphs(seed)[0] ?? '';
}
