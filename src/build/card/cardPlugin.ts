/**
 * Build time only (node, inside Vite): the link-preview card. Draws the story's card
 * (cardSvg.ts), renders it to a 1200 × 630 PNG in the machine's fonts (cardFonts.ts,
 * renderCard.ts), emits it as assets/card-<hash>.png, and writes the preview tags
 * (previewTags.ts) into every page: index.html and the embed pages (their template), each
 * pointing at the story's card. `STORY=<dir>` builds that story's card. Not in dev, nor in the
 * offline single file (nothing to preview there).
 */
import type { Plugin, ResolvedConfig } from 'vite';
import { loadStory } from '../story/readStory.ts';
import { storyRoot } from '../story/storyPlugin.ts';
import { cardSvg } from './cardSvg.ts';
import { findCardFonts } from './cardFonts.ts';
import { renderCard } from './renderCard.ts';
import { previewTags } from './previewTags.ts';
import type { StoryMeta } from '../../lib/story/types.ts';

/** The emitted image's name; the build names it assets/card-[hash].png. */
export const CARD_PNG = 'card.png';

export function socialCard({ fontRoots }: { fontRoots?: readonly string[] } = {}): Plugin {
  let config: ResolvedConfig;
  let meta: StoryMeta | undefined;
  return {
    name: 'summit-social-card',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    async buildStart() {
      // The prerender's server build runs this config too: one card per build is enough.
      if (config.build.ssr) return;
      const story = loadStory(storyRoot(config.root));
      meta = story.meta;
      const fonts = findCardFonts(fontRoots);
      if (!fonts.files.length) {
        config.logger.warn('social card: no fonts found (install fonts-liberation or fonts-dejavu); the card is drawn without its words');
      }
      const png = await renderCard(cardSvg(story, fonts), fonts);
      this.emitFile({ type: 'asset', name: CARD_PNG, source: png });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const card = Object.values(ctx.bundle ?? {}).find((f) => f.type === 'asset' && f.names.includes(CARD_PNG));
        if (!card || !meta) return html;
        return html.replace('</head>', `${previewTags(meta, card.fileName, config.base)}</head>`);
      },
    },
  };
}
