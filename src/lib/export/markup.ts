/**
 * Tiny helpers to write SVG as text: XML escaping, elements from attribute objects, and
 * wrapped text blocks measured with the layouts' deterministic width estimate (the same
 * for every reader and every test, no DOM).
 */
import { textWidth } from '../text/measure.ts';

/** Escapes text and attribute values for XML (all five predefined entities). */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Rounds a coordinate to 0.1 px: smaller files, stable output. */
export const num = (v: number) => String(Math.round(v * 10) / 10);

export type Attrs = Record<string, string | number | null | undefined | false>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v as string)}"`)
    .join('');
}

/** An element; `children` is markup already (use `escapeXml` for text). */
export function el(name: string, a: Attrs = {}, children?: string): string {
  return children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
}

/** A text element holding plain text. */
export function text(content: string, a: Attrs): string {
  return el('text', a, escapeXml(content));
}

/** How wide a string sets: the layouts' estimate, a little wider for bold and for the serif. */
export function measure(s: string, size: number, style: { bold?: boolean; serif?: boolean } = {}): number {
  return textWidth(s, size, style);
}

/** Greedy word wrap to `width`; a single word longer than the line keeps a line of its own. */
export function wrap(s: string, width: number, size: number, style: { bold?: boolean; serif?: boolean } = {}): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, style) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextBlock {
  svg: string;
  height: number;
  lines: string[];
}

export interface BlockStyle {
  size: number;
  lineHeight: number;
  fill: string;
  family: string;
  weight?: number;
  italic?: boolean;
  serif?: boolean;
  /** Bold words set before the text, on the same line ("Why apart? A demand for…"). */
  lead?: string;
  /** Colour of the lead; the text's colour if omitted. */
  leadFill?: string;
}

/**
 * A wrapped paragraph whose first line's top sits at `y`; `height` runs to the last line's
 * descent. Lines are <tspan>s of one <text>, so a reader selecting text gets a paragraph.
 */
export function textBlock(s: string, x: number, y: number, width: number, st: BlockStyle): TextBlock {
  const style = { bold: (st.weight ?? 400) >= 600, serif: st.serif };
  const leadWords = st.lead ? st.lead.split(/\s+/).filter(Boolean).length : 0;
  const lines = wrap(st.lead ? `${st.lead} ${s}` : s, width, st.size, style);
  const first = y + st.size * 0.95;
  let seen = 0;
  const spans = lines.map((line, i) => {
    const words = line.split(' ');
    const bold = Math.max(0, Math.min(words.length, leadWords - seen));
    seen += words.length;
    const at = { x, y: first + i * st.lineHeight };
    if (!bold) return el('tspan', at, escapeXml(line));
    const rest = words.slice(bold).join(' ');
    return (
      el('tspan', { ...at, 'font-weight': 700, fill: st.leadFill ?? null }, escapeXml(words.slice(0, bold).join(' '))) +
      (rest ? el('tspan', {}, escapeXml(` ${rest}`)) : '')
    );
  }).join('');
  const svg = el('text', {
    'font-family': st.family,
    'font-size': st.size,
    'font-weight': st.weight && st.weight !== 400 ? st.weight : null,
    'font-style': st.italic ? 'italic' : null,
    fill: st.fill,
  }, spans);
  return { svg, lines, height: lines.length ? st.size * 1.2 + (lines.length - 1) * st.lineHeight : 0 };
}
