/**
 * Build time: the tags a link preview reads (Open Graph, and X's card type), from the story
 * file: its title and description, the card image, and the page's own address only where
 * the story gives a canonical one (`url`).
 */
import type { StoryMeta } from '../../lib/story/types.ts';
import { escapeAttr } from '../story/storyPlugin.ts';

/**
 * The preview tags for a page. `image` is the card's path in the build (`assets/card-….png`),
 * made absolute from the story's `url` where it has one (the build's files sit beside its
 * index.html), else root-relative under the build's `base`.
 */
export function previewTags(meta: Pick<StoryMeta, 'title' | 'description' | 'url'>, image: string, base = '/'): string {
  const tags: [string, string][] = [
    ['og:title', meta.title],
    ['og:description', meta.description],
    ['og:image', meta.url ? new URL(image, meta.url).href : `${base}${image}`],
  ];
  if (meta.url) tags.push(['og:url', meta.url]);
  return tags.map(([property, content]) => `<meta property="${property}" content="${escapeAttr(content)}">`).join('') +
    '<meta name="twitter:card" content="summary_large_image">';
}
