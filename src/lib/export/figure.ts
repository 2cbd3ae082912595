/** What each view contributes to an exported image; svg.ts frames it. */
import type { LegendGroup } from './legend.ts';

export interface Drawn {
  svg: string;
  height: number;
}

export interface ExportFigure {
  heading: string;
  caption: string;
  legend: LegendGroup[];
  /** Annotations set above the graphic, as on the page: a bold lead-in, then the sentence. */
  notes: { lead: string; text: string }[];
  /** The graphic for a width, its top left at 0,0. */
  graphic: (width: number) => Drawn;
  /** A sentence under the graphic. */
  footnote?: string;
}
