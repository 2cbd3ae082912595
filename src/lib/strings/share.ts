/** UI strings: what follows a press of "Copy link" (re-exported by ../strings.ts; loaded with its code). */

export const share = {
  /** Shown beside the button and announced once the clipboard holds the link. */
  copied: 'Link copied',
  /** Where the clipboard is refused or missing, the link shows in a field to copy by hand. */
  fieldLabel: 'Link to this view',
  byHand: 'Your browser did not let the page copy it: the link is selected, copy it with Ctrl+C (⌘C on a Mac).',
  announceByHand: 'Copying was not allowed. The link is selected in a text field: copy it by hand.',
  done: 'Done',
} as const;
