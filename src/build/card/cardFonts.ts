/**
 * Build time: the fonts the card is set in, from the machine's own (Debian's fonts-liberation
 * and fonts-dejavu; a Noto CJK or Nanum font too, where one is installed, for an edition in
 * Hangul). Liberation Sans and Serif first, as they match Arial and Times in width, which
 * the layouts' text measure assumes; DejaVu where they are missing. Nothing found is no
 * error: the card is then drawn without its words, and the build says so.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface CardFonts {
  /** Font files to load. */
  files: string[];
  /** The family the card's sans-serif text resolves to, if any was found. */
  sans?: string;
  /** The family its serif text resolves to. */
  serif?: string;
}

/** Where Debian (and most Linux systems) keep fonts. */
export const FONT_ROOTS = ['/usr/share/fonts', '/usr/local/share/fonts'];

/** Each family with its regular and bold files, in order of preference. */
const FAMILIES = {
  sans: [
    ['Liberation Sans', 'LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'],
    ['DejaVu Sans', 'DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'],
  ],
  serif: [
    ['Liberation Serif', 'LiberationSerif-Regular.ttf', 'LiberationSerif-Bold.ttf'],
    ['DejaVu Serif', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'],
  ],
} as const;
/** Fallbacks for scripts the families above lack (Hangul, Han, Kana). */
const CJK = ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc', 'NotoSansCJKkr-Regular.otf', 'NanumGothic.ttf', 'NanumGothicBold.ttf'];

/** Every file below `root` by name, a few folders deep (fonts/truetype/<package>/<file>). */
function filesByName(root: string, depth = 3, found = new Map<string, string>()): Map<string, string> {
  if (depth < 0 || !existsSync(root)) return found;
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    try {
      if (statSync(path).isDirectory()) filesByName(path, depth - 1, found);
      else if (!found.has(name)) found.set(basename(path), path);
    } catch {
      // A dangling link or a folder we may not read: not a font we can use.
    }
  }
  return found;
}

export function findCardFonts(roots: readonly string[] = FONT_ROOTS): CardFonts {
  const found = new Map<string, string>();
  for (const root of roots) filesByName(root, 3, found);
  const fonts: CardFonts = { files: [] };
  for (const kind of ['sans', 'serif'] as const) {
    const family = FAMILIES[kind].find(([, regular]) => found.has(regular));
    if (!family) continue;
    const [name, ...files] = family;
    fonts[kind] = name;
    for (const file of files) if (found.has(file)) fonts.files.push(found.get(file)!);
  }
  for (const file of CJK) if (found.has(file)) fonts.files.push(found.get(file)!);
  return fonts;
}
