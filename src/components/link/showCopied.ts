import { mount, unmount } from 'svelte';
import type { Explorer } from '../../lib/state/explorer.svelte.ts';
import LinkCopy from './LinkCopy.svelte';

let shown: ReturnType<typeof mount> | undefined;

/**
 * What follows a press of "Copy link" (components/explore/ShareButtons.svelte), mounted before
 * the buttons, which the page sets flush right: a note beside them does not push them about,
 * and the field to copy by hand comes first in reading order as on screen. Mounting it from
 * here, not from their markup, keeps the page's first load to the button and one import. A
 * second press replaces the first one's outcome.
 */
export function showCopied(explorer: Explorer, button: HTMLElement, url: string, copied: Promise<boolean>): void {
  if (shown) void unmount(shown);
  const close = () => {
    if (shown) void unmount(shown);
    shown = undefined;
  };
  shown = mount(LinkCopy, {
    target: button.parentElement!,
    anchor: button.parentElement!.firstChild ?? undefined,
    props: { url, copied, explorer, opener: button, onclose: close },
  });
}
