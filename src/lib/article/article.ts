/**
 * The article as the source panel shows it, and where a quote stands inside it. Quotes
 * match with white space folded (as provenance.ts checks them), so the highlight must map
 * a match in the folded text back to the paragraph's own characters: the reader sees the
 * article exactly as printed, never a normalised copy.
 */
import { foldWhitespace } from './provenance.ts';

/** One seed article: its file name, its title (first line) and its other paragraphs. */
export interface Article {
  file: string;
  title: string;
  paragraphs: string[];
}

/** A paragraph cut around a quote: the quote is `mark`, verbatim from the paragraph. */
export interface QuoteSplit {
  before: string;
  mark: string;
  after: string;
}

/** Where a quote stands in an article: the paragraph's index and the paragraph split around it. */
export interface QuoteLocation {
  index: number;
  split: QuoteSplit;
}

/**
 * Splits `paragraph` around the first occurrence of `quote`, white space folded, or returns
 * null when the quote is not in it. The paragraph is NFC-normalised (as the quote check
 * does) so offsets count the same characters on both sides.
 */
export function splitAtQuote(paragraph: string, quote: string): QuoteSplit | null {
  const needle = foldWhitespace(quote);
  if (!needle) return null;
  const text = paragraph.normalize('NFC');
  // Fold runs of white space to one space, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else {
      folded += text[i];
    }
    origin.push(i);
  }
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  const start = origin[at]!;
  const end = origin[at + needle.length - 1]! + 1;
  return { before: text.slice(0, start), mark: text.slice(start, end), after: text.slice(end) };
}

/** The first paragraph of `paragraphs` that holds `quote`, split around it; null if none does. */
export function locateQuote(paragraphs: readonly string[], quote: string): QuoteLocation | null {
  for (let index = 0; index < paragraphs.length; index++) {
    const split = splitAtQuote(paragraphs[index]!, quote);
    if (split) return { index, split };
  }
  return null;
}

/**
 * Whether a line of the article is a section heading: the seed keeps no markup, but its
 * headings, unlike its sentences and list items, end without punctuation.
 */
export function isSubhead(paragraph: string): boolean {
  const p = paragraph.trim();
  return p.length > 0 && p.length <= 120 && !/^[-–•]/.test(p) && !/[.!?:;,”"’)\]]$/.test(p);
}
