/** Export of the three views as SVG, PNG (drawn from the SVG in the browser) and CSV. Pure: no DOM. */
export { buildSvg, exportSvg, EXPORT_WIDTH, type ExportedSvg, type SvgOptions } from './svg.ts';
export { exportCsv, csvRows, toCsv, csvField, BOM } from './csv.ts';
export { EXPORT_VIEWS, type ExportFormat, type ExportView } from './views.ts';
