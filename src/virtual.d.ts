declare module 'virtual:story' {
  import type { Story } from './lib/story/types';
  /** The validated story, produced at dev start and build time by the story plugin. */
  const story: Story;
  export default story;
  /** Title of each seed article, by file name. */
  export const articles: Record<string, string>;
}

declare module 'virtual:article' {
  /** The seed article as paragraphs (its first line, the title, apart), loaded on demand. */
  export const article: { file: string; title: string; paragraphs: string[] };
}

declare module 'virtual:story-data' {
  import type { Story } from './lib/story/types';
  /** The story and the articles' titles: fetched as JSON in a build, inline in dev and the single file. */
  export function loadStoryData(): Promise<{ story: Story; articles: Record<string, string> }>;
}

declare module 'virtual:story.css';
