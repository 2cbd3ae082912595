/** UI strings: the present section (re-exported by ../strings.ts). */

export const present = {
  /** Names the presentation for assistive technology and the browser tab. */
  label: 'Classroom presentation',
  counter: (n: number, total: number) => `Step ${n} of ${total}`,
  documentTitle: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title} | Summit Explorer`,
  notesDocumentTitle: (n: number, total: number) => `Teacher notes, step ${n} of ${total} | Summit Explorer`,
  fromTheArticle: 'From the article',
  previous: 'Previous',
  next: 'Next',
  previousStep: (title: string) => `Previous step: ${title}`,
  nextStep: (title: string) => `Next step: ${title}`,
  stepsNav: 'Steps',
  notes: 'Teacher notes',
  showNotes: 'Notes',
  openNotesWindow: 'Open notes in a new window',
  notesFollow: 'This window follows the presentation. Keys → and ← move both.',
  upNext: (title: string) => `Next: ${title}`,
  lastStep: 'This is the last step.',
  fullscreen: 'Full screen',
  blank: 'Blank screen',
  exit: 'Exit presentation',
  blanked: 'Screen blanked, press any key',
  keysHint: 'Keys: → or Page Down next, ← or Page Up back, F full screen, B blank, N notes',
  announceStep: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}`,
} as const;
