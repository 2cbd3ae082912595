declare module 'virtual:story' {
  import type { Story } from './lib/story/types';
  /** The validated story, produced at dev start and build time by the story plugin. */
  const story: Story;
  export default story;
  /** Title of each seed article, by file name. */
  export const articles: Record<string, string>;
}
