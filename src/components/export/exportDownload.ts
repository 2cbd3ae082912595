/**
 * The browser half of the export: turn the pure SVG and CSV strings into files the reader
 * downloads, and the SVG into a PNG at twice its pixel size (crisp on slides and retina
 * screens). Kept out of src/lib because it needs the DOM: canvas, Blob URLs, a link click.
 * The builders (src/lib/export) load only when a reader picks a format: few readers
 * download, so their code stays out of the page's first load.
 */
import type { ExportFormat, ExportView } from '../../lib/export/index.ts';
import type { Story } from '../../lib/story/types.ts';
import { exporting } from '../../lib/strings.ts';

/** Pixel density of the PNG: 2 device pixels per CSS pixel. */
export const PNG_SCALE = 2;

/** Saves a Blob under `name` through a temporary link (works in every current browser). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.decoding = 'async';
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
    img.src = url;
  });
}

/** Draws an SVG document onto a canvas `scale` times its size and encodes it as PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    // Drawn at the canvas's size, the vector image rasterises at full density, not upscaled.
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Builds a view's file in the chosen format and hands it to the browser; returns its name. */
export async function downloadView(view: ExportView, story: Story, format: ExportFormat): Promise<string> {
  const name = exporting.fileName(view, format);
  const { buildSvg, exportCsv } = await import('../../lib/export/index.ts');
  if (format === 'csv') {
    saveBlob(new Blob([exportCsv(view, story)], { type: 'text/csv;charset=utf-8' }), name);
  } else {
    const { svg, width, height } = buildSvg(view, story);
    const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg, width, height);
    saveBlob(blob, name);
  }
  return name;
}
