/**
 * Build time: the card's SVG as a PNG, with resvg (@resvg/resvg-js, a prebuilt native
 * renderer shipped in the npm package: no browser, no network), in the fonts found on the
 * machine and no others, so the same machine always makes the same image.
 */
import type { CardFonts } from './cardFonts.ts';

export async function renderCard(svg: string, fonts: CardFonts): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const font = {
    loadSystemFonts: false,
    fontFiles: fonts.files,
    ...(fonts.sans ? { sansSerifFamily: fonts.sans, defaultFontFamily: fonts.sans } : {}),
    ...(fonts.serif ? { serifFamily: fonts.serif } : {}),
  };
  return new Resvg(svg, { font, shapeRendering: 2, textRendering: 1, logLevel: 'error' }).render().asPng();
}
