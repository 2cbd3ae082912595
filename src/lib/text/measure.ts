/**
 * The one text-measuring estimate every layout uses (timeline, reactions, the exported
 * figures). There is no DOM at build time or in node, so widths come from a table of
 * character widths in em, taken from DejaVu Sans (the widest common system sans-serif) and
 * rounded up: the estimate errs wide on every reader's machine, so labels laid out with it
 * never collide. Full-width scripts (Hangul, CJK ideographs and kana, full-width forms) set
 * one em per character.
 */

export interface TextStyle {
  /** Bold sets about 8 % wider. */
  bold?: boolean;
  /** The serif used for headings sets about 4 % wider than the sans. */
  serif?: boolean;
}

const NARROW = new Set([...'iljI.,:;!|\'’‘` ']);
const SEMI = new Set([...'ftr()[]-/']);
const WIDE = new Set([...'mwMW—…@']);
const QUOTES = new Set([...'“”"–']);

/** Whether a code point sets one em wide: Hangul, CJK, kana and the full-width forms. */
export function isFullWidth(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo (leading consonants)
    (code >= 0x2e80 && code <= 0x303e) || // CJK radicals, punctuation
    (code >= 0x3041 && code <= 0x33ff) || // kana, Hangul compatibility Jamo, CJK symbols
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xa960 && code <= 0xa97f) || // Hangul Jamo extended A
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff01 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Width of one character in em. */
function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.35;
  if (SEMI.has(ch)) return 0.42;
  if (WIDE.has(ch)) return 1.0;
  if (QUOTES.has(ch)) return 0.54;
  if (ch >= '0' && ch <= '9') return 0.66;
  if (ch >= 'A' && ch <= 'Z') return 0.79;
  if (isFullWidth(ch.codePointAt(0)!)) return 1.0;
  return 0.64;
}

/** Deterministic width estimate of a string in pixels at `fontSize`, slightly generous. */
export function textWidth(text: string, fontSize: number, style: TextStyle = {}): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * fontSize * (style.bold ? 1.08 : 1) * (style.serif ? 1.04 : 1));
}

/** The longest prefix of `text` (plus an ellipsis) that fits `width`, or null if not even a few characters do. */
export function fitText(text: string, width: number, fontSize: number, style: TextStyle = {}): string | null {
  if (textWidth(text, fontSize, style) <= width) return text;
  const chars = [...text];
  // Full-width characters carry a word each: two of them say as much as four Latin letters.
  const minimum = chars.some((c) => isFullWidth(c.codePointAt(0)!)) ? 2 : 4;
  for (let n = chars.length - 1; n >= minimum; n--) {
    const candidate = chars.slice(0, n).join('').trimEnd() + '…';
    if (textWidth(candidate, fontSize, style) <= width) return candidate;
  }
  return null;
}
